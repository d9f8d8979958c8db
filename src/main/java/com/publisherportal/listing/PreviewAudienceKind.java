package com.publisherportal.listing;

import com.publisherportal.onboarding.OfferType;

/**
 * Who a preview audience lists (domain.md 10): e-mail addresses for SaaS (and the AppSource
 * types, whose customers sign in with their work account), Azure subscription ids for the
 * offers deployed into a subscription.
 */
public enum PreviewAudienceKind {
    EMAIL, SUBSCRIPTION;

    public static PreviewAudienceKind of(OfferType type) {
        return switch (type) {
            case SAAS, CONSULTING_SERVICE, BUSINESS_APP -> EMAIL;
            case VIRTUAL_MACHINE, AZURE_APPLICATION, CONTAINER, IOT_EDGE_MODULE -> SUBSCRIPTION;
        };
    }
}
