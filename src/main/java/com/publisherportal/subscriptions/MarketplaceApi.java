package com.publisherportal.subscriptions;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.math.BigDecimal;
import java.util.List;

/**
 * The JSON shapes of the SaaS Fulfillment API v2 and the Metering API, field for field as the
 * marketplace publishes them (learn.microsoft.com, "SaaS fulfillment Subscription APIs v2" and
 * "Marketplace metered billing APIs"). Unknown fields are ignored: the marketplace adds some.
 */
public final class MarketplaceApi {

    private MarketplaceApi() {
    }

    /** The subscription's lifecycle in the marketplace (saasSubscriptionStatus). */
    public enum SubscriptionStatus {
        PendingFulfillmentStart, Subscribed, Suspended, Unsubscribed
    }

    /** The webhook's and operations' actions. */
    public enum Action {
        Subscribe, ChangePlan, ChangeQuantity, Renew, Suspend, Reinstate, Unsubscribe
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Party(String emailId, String objectId, String tenantId, String puid) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Term(String termUnit, String startDate, String endDate) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Subscription(String id, String publisherId, String offerId, String name,
                               SubscriptionStatus saasSubscriptionStatus, Party beneficiary, Party purchaser,
                               String planId, Integer quantity, Term term, Boolean autoRenew, Boolean isTest,
                               Boolean isFreeTrial, List<String> allowedCustomerOperations, String sandboxType,
                               String sessionMode) {
    }

    /** The answer of {@code POST /api/saas/subscriptions/resolve}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Resolved(String id, String subscriptionName, String offerId, String planId, Integer quantity,
                           Subscription subscription) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SubscriptionList(List<Subscription> subscriptions,
                                   @com.fasterxml.jackson.annotation.JsonProperty("@nextLink") String nextLink) {
    }

    /** The body of activate ({@code planId}, {@code quantity}) and of the change PATCH (one of them). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PlanAndQuantity(String planId, Integer quantity) {
    }

    /** An operation, as {@code GET …/operations/{id}} answers and as the webhook posts it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Operation(String id, String activityId, String subscriptionId, String offerId, String publisherId,
                            String planId, Integer quantity, Action action, String timeStamp, String status,
                            String operationRequestSource, Subscription subscription, String purchaseToken) {
    }

    /** The body of {@code PATCH …/operations/{id}}: Success or Failure. */
    public record OperationUpdate(String status) {
    }

    /** One usage event, as posted alone or in a batch. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record UsageEvent(String resourceId, BigDecimal quantity, String dimension, String effectiveStartTime,
                             String planId) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ErrorDetail(String code, String message, String target) {
    }

    /**
     * A usage event's result: {@code status} Accepted, Duplicate, Expired, ResourceNotFound,
     * InvalidDimension, InvalidQuantity or BadArgument; {@code error} says why when not accepted.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record UsageResult(String usageEventId, String status, String messageTime, String resourceId,
                              BigDecimal quantity, String dimension, String effectiveStartTime, String planId,
                              ErrorDetail error) {
    }

    public record BatchRequest(List<UsageEvent> request) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record BatchResult(int count, List<UsageResult> result) {
    }

    /** The marketplace's error answer: {@code {"code","message","target","details":[…]}}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Error(String code, String message, String target, List<ErrorDetail> details) {
    }
}
