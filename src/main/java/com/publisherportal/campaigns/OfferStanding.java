package com.publisherportal.campaigns;

import com.publisherportal.onboarding.OfferType;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;

/**
 * Where an offer stands for the go-to-market benefits, from the portal's own figures: how it is
 * listed today and where, whether the storefront shows it, the account's live offers, whether
 * customers can try it, the offer's leads and its sales billed over the last 12 months (USD).
 */
public record OfferStanding(OfferType offerType, Set<ListingType> listingTypes, Set<Storefront> storefronts,
                            boolean onStorefront, int liveOffers, boolean trial, int leads, BigDecimal billedSales) {

    public OfferStanding {
        if (liveOffers < 0 || leads < 0 || billedSales == null || billedSales.signum() < 0) {
            throw new IllegalArgumentException("Figures are never negative");
        }
        listingTypes = java.util.Collections.unmodifiableSet(EnumSet.copyOf(listingTypes));
        storefronts = java.util.Collections.unmodifiableSet(EnumSet.copyOf(storefronts));
    }

    /** The standing of an offer of {@code type} from its figures: the listing types follow from trial and paid plans. */
    public static OfferStanding of(OfferType type, boolean onStorefront, int liveOffers, boolean trial, boolean paid,
                                   int leads, BigDecimal billedSales) {
        Set<ListingType> listed = EnumSet.of(ListingType.FREE_LISTING);
        if (trial) {
            listed.add(ListingType.TRIAL);
        }
        if (paid) {
            listed.add(ListingType.TRANSACTABLE);
        }
        return new OfferStanding(type, listed, Storefront.of(type), onStorefront, liveOffers, trial, leads, billedSales);
    }
}
