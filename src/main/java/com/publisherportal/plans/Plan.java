package com.publisherportal.plans;

import java.time.Instant;

/**
 * A plan of an offer as the editor and the storefront know it. {@code ref} is the database key;
 * {@code planId} the publisher's id, unique in the offer and never used again after deletion.
 * {@code pricingModel} is null until chosen. {@code version} changes with every change of the
 * plan or of anything it holds (pricing, meters, tenants, markets, prices).
 */
public record Plan(long ref, long offerId, String planId, String name, String summary, String description,
                   Visibility visibility, boolean hidden, PricingModel pricingModel, boolean freeTrial,
                   Integer minSeats, Integer maxSeats, int position, Instant createdAt, Instant updatedAt, int version) {

    public PlanDetails details() {
        return new PlanDetails(name, summary, description);
    }
}
