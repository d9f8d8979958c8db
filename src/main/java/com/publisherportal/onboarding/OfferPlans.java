package com.publisherportal.onboarding;

import java.util.List;

/**
 * The plans an offer has, for the features that configure or report per plan (technical
 * configuration, insights) without depending on the feature that owns them (plans and pricing).
 */
public interface OfferPlans {

    /**
     * The offer's current plans (not deleted), in the order the publisher sees them. The caller has
     * already been checked: this reads without a check of its own.
     */
    List<PlanRef> plansOf(long offerId);

    /** A plan as other features name it: its id (unique in the offer) and its name. */
    record PlanRef(String planId, String name) {
    }
}
