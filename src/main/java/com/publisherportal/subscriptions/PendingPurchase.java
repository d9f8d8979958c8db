package com.publisherportal.subscriptions;

import java.util.Objects;

/** What the landing page shows the customer before they confirm: the purchase the token stands for. */
public record PendingPurchase(String subscriptionId, String subscriptionName, long offerRef, String offerName,
                              String planId, Integer quantity, String purchaserEmail, String beneficiaryEmail) {

    public PendingPurchase {
        Objects.requireNonNull(subscriptionId, "subscriptionId");
        Objects.requireNonNull(planId, "planId");
    }
}
