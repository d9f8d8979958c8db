package com.publisherportal.listing;

import com.publisherportal.listing.StorefrontListing.CallToAction;
import com.publisherportal.onboarding.OfferType;

import java.util.List;

import static com.publisherportal.listing.StorefrontListing.CallToAction.CONTACT_ME;
import static com.publisherportal.listing.StorefrontListing.CallToAction.FREE_TRIAL;
import static com.publisherportal.listing.StorefrontListing.CallToAction.GET_IT_NOW;

/**
 * What the listing of an offer type may hold and what its product page offers (docs/domain.md, Storefront listing limits).
 * Decided in one exhaustive {@code switch}, so a new offer type does not compile until it is
 * decided here.
 *
 * @param consultingTitle whether the name is composed as a consulting title (duration, unit, type)
 * @param videos          whether the listing may show videos (AppSource, consulting, SaaS)
 * @param industriesMax   how many industries the listing may name; 0 when it names none
 * @param productsUsed    whether the listing names the products it works with (AppSource)
 * @param callsToAction   the product page's calls to action, before "Test drive"
 */
public record ListingCapabilities(boolean consultingTitle, boolean videos, int industriesMax, boolean productsUsed,
                                  List<CallToAction> callsToAction) {

    public static final int BUSINESS_APP_INDUSTRIES_MAX = 2;
    public static final int CONSULTING_INDUSTRIES_MAX = 6;

    private static final List<CallToAction> BUY = List.of(GET_IT_NOW, CONTACT_ME);
    private static final List<CallToAction> BUY_OR_TRY = List.of(GET_IT_NOW, FREE_TRIAL, CONTACT_ME);

    public ListingCapabilities {
        callsToAction = List.copyOf(callsToAction);
    }

    public static ListingCapabilities of(OfferType type) {
        return switch (type) {
            case CONSULTING_SERVICE -> new ListingCapabilities(true, true, CONSULTING_INDUSTRIES_MAX, false,
                    List.of(CONTACT_ME));
            case BUSINESS_APP -> new ListingCapabilities(false, true, BUSINESS_APP_INDUSTRIES_MAX, true, BUY_OR_TRY);
            case SAAS -> new ListingCapabilities(false, true, 0, false, BUY_OR_TRY);
            case VIRTUAL_MACHINE, AZURE_APPLICATION, CONTAINER, IOT_EDGE_MODULE ->
                    new ListingCapabilities(false, false, 0, false, BUY);
        };
    }

    /** Whether the listing may name industries (consulting and AppSource). */
    public boolean industries() {
        return industriesMax > 0;
    }
}
