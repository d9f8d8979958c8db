package com.publisherportal.onboarding;

/**
 * Whether a live offer has changes waiting to be certified (e.g. a draft listing revision).
 * Such an offer may be submitted again while its live version stays on the storefront.
 */
public interface PendingChanges {
    boolean hasPendingChanges(Offer offer);
}
