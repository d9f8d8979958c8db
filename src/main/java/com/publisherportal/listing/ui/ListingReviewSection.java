package com.publisherportal.listing.ui;

import com.publisherportal.listing.HtmlSanitizer;
import com.publisherportal.listing.ListingAdviceService;
import com.publisherportal.listing.ListingService;
import com.publisherportal.onboarding.Offer;
import com.publisherportal.onboarding.ui.OfferReviewSection;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.publisherportal.common.ui.Formats;
import com.publisherportal.listing.ListingSnapshot;
import com.vaadin.flow.component.html.Span;

import java.util.Optional;

/** On the review page: the listing under review as the storefront will show it, media included. */
@org.springframework.stereotype.Component
class ListingReviewSection implements OfferReviewSection {

    private final ListingService listings;
    private final HtmlSanitizer sanitizer;
    private final ListingAdviceService advice;

    ListingReviewSection(ListingService listings, HtmlSanitizer sanitizer, ListingAdviceService advice) {
        this.listings = listings;
        this.sanitizer = sanitizer;
        this.advice = advice;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> section(Offer offer) {
        UI ui = UI.getCurrent();
        Div content = new Div();
        listings.changesSinceLastReview(offer.id()).ifPresent(since -> content.add(changes(ui, since)));
        // The advisor's score and reasons, as the publisher sees them in the editor (advice, not a certification point).
        AdvisorPanel advisor = new AdvisorPanel("review-advisor");
        advisor.show(advice.advice(offer.id()));
        content.add(advisor);
        content.add(new ProductPage(listings.preview(offer.id()), sanitizer, cta -> { }));
        Details details = new Details(new Span(ui.getTranslation("review.listing")), content);
        details.setId("review-listing");
        details.setOpened(true);
        details.setWidthFull();
        return Optional.of(details);
    }

    /** What the publisher changed since the last decision, field by field, before and now (as text). */
    private static Div changes(UI ui, ListingService.ChangesSinceReview since) {
        Div box = new Div();
        box.setId("review-listing-changes");
        box.addClassName("portal-review-changes");
        box.add(new H3(ui.getTranslation("review.listing.changes", Formats.dateTime(since.reviewedAt()))));
        if (since.changes().isEmpty()) {
            box.add(new Paragraph(ui.getTranslation("review.listing.unchanged")));
        }
        for (ListingSnapshot.Change change : since.changes()) {
            Div before = new Div(new Span(ui.getTranslation("review.listing.before")), text(shown(ui, change.field(), change.before())));
            Div after = new Div(new Span(ui.getTranslation("review.listing.after")), text(shown(ui, change.field(), change.after())));
            Div row = new Div(new H4(ui.getTranslation("listing.field." + change.field())), before, after);
            row.addClassName("portal-review-change");
            box.add(row);
        }
        return box;
    }

    /** Media lines name their kind in the reader's language: "Screenshot: pricing.png". */
    private static String shown(UI ui, String field, String value) {
        if (!"media".equals(field) || value.isEmpty()) {
            return value;
        }
        return value.lines().map(line -> {
            int space = line.indexOf(' ');
            return ui.getTranslation("review.listing.media." + line.substring(0, space)) + ": " + line.substring(space + 1);
        }).collect(java.util.stream.Collectors.joining("\n"));
    }

    private static Paragraph text(String value) {
        Paragraph text = new Paragraph(value.isEmpty() ? "—" : value);
        text.addClassName("portal-review-change-text");
        return text;
    }
}
