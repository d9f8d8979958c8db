package com.publisherportal.listing;

import java.util.List;

/** What a preview link shows: the listing as it will be, and the plans with their prices as the storefront will show them. */
public record PublicPreview(StorefrontListing listing, List<StorefrontPlans.StorefrontPlan> plans) {

    public PublicPreview {
        plans = List.copyOf(plans);
    }
}
