package com.publisherportal.listing;

import com.publisherportal.onboarding.Offer;

import java.util.List;

/**
 * What a product page shows: the offer, its publisher and one revision of its listing with media;
 * {@code verticals} are the revision's verticals under each of its industries.
 */
public record StorefrontListing(Offer offer, String publisherId, String publisherName, ListingRevision revision,
                                List<ListingMedia> media, boolean testDrive, java.util.Map<String, List<String>> verticals) {

    public StorefrontListing {
        verticals = verticals == null ? java.util.Map.of() : java.util.Collections.unmodifiableMap(
                new java.util.LinkedHashMap<>(verticals));
    }

    /** The verticals the listing names under {@code industry}. */
    public List<String> verticalsOf(String industry) {
        return verticals.getOrDefault(industry, List.of());
    }

    public List<ListingMedia> media(MediaKind kind) {
        return media.stream().filter(m -> m.kind() == kind).toList();
    }

    /** The calls to action this offer supports: by its type, plus "Test drive" when one is configured. */
    public List<CallToAction> callsToAction() {
        List<CallToAction> actions = new java.util.ArrayList<>(ListingCapabilities.of(offer.offerType()).callsToAction());
        if (testDrive) {
            actions.add(CallToAction.TEST_DRIVE);
        }
        return List.copyOf(actions);
    }

    public enum CallToAction {
        GET_IT_NOW, CONTACT_ME, TEST_DRIVE, FREE_TRIAL
    }
}
