package com.publisherportal.campaigns;

import com.publisherportal.common.Translatable;
import com.publisherportal.onboarding.OfferType;
import com.publisherportal.plans.PricingModel;

import java.util.EnumSet;
import java.util.Set;

/**
 * How an offer is listed, as the go-to-market benefits count it: every listing is a free listing;
 * it is also a trial when customers can try it (a free trial on a plan, or a test drive), and
 * transactable when it sells a paid plan billed through the marketplace.
 */
public enum ListingType implements Translatable {
    FREE_LISTING,
    TRIAL,
    TRANSACTABLE;

    /** The listing types an offer of this type can reach at all (from its plans' pricing models and test drive kinds). */
    public static Set<ListingType> reachable(OfferType type) {
        Set<ListingType> types = EnumSet.of(FREE_LISTING);
        if (PricingModel.freeTrialAllowed(type) || !TestDriveType.suiting(type).isEmpty()) {
            types.add(TRIAL);
        }
        if (PricingModel.forType(type).stream().anyMatch(PricingModel::paid)) {
            types.add(TRANSACTABLE);
        }
        return types;
    }

    @Override
    public String messageKey() {
        return "benefits.listing-type." + name();
    }
}
