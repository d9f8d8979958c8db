package com.publisherportal.listing.ui;

import com.publisherportal.listing.HtmlSanitizer;
import com.publisherportal.listing.ListingService;
import com.publisherportal.onboarding.Offer;
import com.publisherportal.onboarding.ui.OfferReviewSection;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Span;

import java.util.Optional;

/** On the review page: the listing under review as the storefront will show it, media included. */
@org.springframework.stereotype.Component
class ListingReviewSection implements OfferReviewSection {

    private final ListingService listings;
    private final HtmlSanitizer sanitizer;

    ListingReviewSection(ListingService listings, HtmlSanitizer sanitizer) {
        this.listings = listings;
        this.sanitizer = sanitizer;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> section(Offer offer) {
        Details details = new Details(new Span(UI.getCurrent().getTranslation("review.listing")),
                new ProductPage(listings.preview(offer.id()), sanitizer, cta -> { }));
        details.setId("review-listing");
        details.setOpened(true);
        details.setWidthFull();
        return Optional.of(details);
    }
}
