package com.publisherportal.campaigns;

import java.math.BigDecimal;

/**
 * One thing an offer still needs for a benefit, with the figure now and the target: going live, a
 * listing type ({@code listingType}), or a threshold on live offers, leads or billed sales.
 */
public record BenefitRequirement(Kind kind, ListingType listingType, BigDecimal current, BigDecimal target) {

    public enum Kind {
        GO_LIVE, LISTING_TYPE, LIVE_OFFERS, LEADS, BILLED_SALES
    }

    static BenefitRequirement goLive() {
        return new BenefitRequirement(Kind.GO_LIVE, null, BigDecimal.ZERO, BigDecimal.ONE);
    }

    static BenefitRequirement listing(ListingType type) {
        return new BenefitRequirement(Kind.LISTING_TYPE, type, BigDecimal.ZERO, BigDecimal.ONE);
    }

    static BenefitRequirement figure(Kind kind, BigDecimal current, BigDecimal target) {
        return new BenefitRequirement(kind, null, current, target);
    }

    /** How far along the figure is, 0 to 1. */
    public double progress() {
        if (target.signum() <= 0) {
            return 1;
        }
        return Math.min(1, current.doubleValue() / target.doubleValue());
    }

    /** Whether meeting {@code this} also meets {@code other} (same kind, at least its target). */
    boolean covers(BenefitRequirement other) {
        return kind == other.kind && (kind == Kind.LISTING_TYPE ? listingType == other.listingType
                : target.compareTo(other.target) >= 0);
    }
}
