package com.publisherportal.subscriptions;

import com.publisherportal.subscriptions.MarketplaceApi.SubscriptionStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A customer's subscription to one of the account's SaaS offers, as the register keeps it.
 * {@code subscriptionId} is the marketplace's id. The purchaser's and beneficiary's e-mail and
 * tenant are customer personal data: null when the reader is staff ({@link #withoutPersonalData}).
 */
public record SaasSubscription(long ref, String subscriptionId, long accountId, long offerRef, String offerName,
                               String name, String planId, Integer quantity, SubscriptionStatus status,
                               String termUnit, LocalDate termStart, LocalDate termEnd, boolean autoRenew, boolean test,
                               String purchaserEmail, String purchaserTenant, String beneficiaryEmail,
                               String beneficiaryTenant, Instant createdAt, Instant activatedAt, Instant cancelledAt,
                               int version) {

    public SaasSubscription {
        Objects.requireNonNull(subscriptionId, "subscriptionId");
        Objects.requireNonNull(planId, "planId");
        Objects.requireNonNull(status, "status");
        if (quantity != null && quantity < 0) {
            throw new IllegalArgumentException("A quantity is never negative");
        }
    }

    public SaasSubscription withoutPersonalData() {
        return new SaasSubscription(ref, subscriptionId, accountId, offerRef, offerName, name, planId, quantity, status,
                termUnit, termStart, termEnd, autoRenew, test, null, null, null, null, createdAt, activatedAt,
                cancelledAt, version);
    }
}
