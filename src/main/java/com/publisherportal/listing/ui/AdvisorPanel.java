package com.publisherportal.listing.ui;

import com.publisherportal.listing.ListingAdvice;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/**
 * The listing advisor's score and advice, as text (what the publisher wrote is only ever an
 * argument of a translated sentence, never markup). Advice only: nothing here blocks a save or a
 * submission. {@code idPrefix} keeps ids apart where the editor and the review page differ.
 */
class AdvisorPanel extends Div {

    private final String idPrefix;
    private final Span score = new Span();
    private final Div items = new Div();

    AdvisorPanel(String idPrefix) {
        this.idPrefix = idPrefix;
        setId(idPrefix);
        addClassName("portal-advisor");
        score.setId(idPrefix + "-score");
        add(new H3(getTranslation("advisor.heading")), score,
                new Paragraph(getTranslation("advisor.never-blocks")), items);
        getStyle().set("min-width", "min(18em, 100%)").set("max-width", "28em").set("flex", "1 1 20em");
    }

    void show(ListingAdvice advice) {
        score.setText(getTranslation("advisor.score", advice.score()));
        items.removeAll();
        for (ListingAdvice.Item item : advice.items()) {
            Div row = new Div();
            row.setId(idPrefix + "-" + item.check().name());
            row.addClassName(item.passed() ? "portal-advice-passed" : "portal-advice-failed");
            row.getStyle().set("margin-block", "0.5em");
            Span title = new Span(getTranslation(item.passed() ? "advisor.item.passed" : "advisor.item.failed",
                    getTranslation("advisor.check." + item.check().name()), item.weight()));
            title.getStyle().set("font-weight", "600");
            row.add(new Div(title));
            row.add(new Div(new Span(getTranslation(item.reason().messageKey(), item.reason().arguments()))));
            if (item.change() != null) {
                Span change = new Span(getTranslation("advisor.change",
                        getTranslation(item.change().messageKey(), item.change().arguments())));
                change.addClassName("advisor-change");
                row.add(new Div(change));
            }
            items.add(row);
        }
    }
}
