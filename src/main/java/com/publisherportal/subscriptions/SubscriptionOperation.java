package com.publisherportal.subscriptions;

import com.publisherportal.subscriptions.MarketplaceApi.Action;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of a subscription's history: the landing page's activation ({@code Subscribe}) or a
 * webhook operation, with the plan and quantity it carried and what the portal did with it.
 */
public record SubscriptionOperation(String operationId, Action action, String planId, Integer quantity,
                                    Outcome outcome, Instant receivedAt) {

    /** APPLIED: the register changed; ACKNOWLEDGED: and the marketplace was told Success. */
    public enum Outcome { APPLIED, ACKNOWLEDGED }

    public SubscriptionOperation {
        Objects.requireNonNull(operationId, "operationId");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(outcome, "outcome");
    }
}
