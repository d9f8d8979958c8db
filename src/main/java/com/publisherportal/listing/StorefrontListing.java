package com.publisherportal.listing;

import com.publisherportal.onboarding.Offer;
import com.publisherportal.onboarding.OfferType;

import java.util.List;

/** What a product page shows: the offer, its publisher and one revision of its listing with media. */
public record StorefrontListing(Offer offer, String publisherId, String publisherName, ListingRevision revision,
                                List<ListingMedia> media, boolean testDrive) {

    public List<ListingMedia> media(MediaKind kind) {
        return media.stream().filter(m -> m.kind() == kind).toList();
    }

    /** The calls to action this offer supports: by its type, plus "Test drive" when one is configured. */
    public List<CallToAction> callsToAction() {
        OfferType type = offer.offerType();
        List<CallToAction> actions = new java.util.ArrayList<>(switch (type) {
            case CONSULTING_SERVICE -> List.of(CallToAction.CONTACT_ME);
            case SAAS, BUSINESS_APP -> List.of(CallToAction.GET_IT_NOW, CallToAction.FREE_TRIAL, CallToAction.CONTACT_ME);
            default -> List.of(CallToAction.GET_IT_NOW, CallToAction.CONTACT_ME);
        });
        if (testDrive) {
            actions.add(CallToAction.TEST_DRIVE);
        }
        return List.copyOf(actions);
    }

    public enum CallToAction {
        GET_IT_NOW, CONTACT_ME, TEST_DRIVE, FREE_TRIAL
    }
}
