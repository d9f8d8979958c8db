package com.publisherportal.onboarding.ui;

import com.publisherportal.common.ValidationException.Violation;
import com.publisherportal.common.ui.Formats;
import com.publisherportal.onboarding.CertificationReview;
import com.publisherportal.onboarding.Offer;
import com.publisherportal.onboarding.OfferHistoryEntry;
import com.publisherportal.onboarding.OfferLifecycle;
import com.publisherportal.onboarding.PrerequisiteService;
import com.publisherportal.onboarding.PrerequisiteTick;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

import java.util.List;

/**
 * What the review page shows of an offer's own record, read-only: the prerequisites with who
 * ticked them, what the automated submission checks find now, the earlier certification reports,
 * and the history of its transitions; for a nomination, the publisher's other offers.
 */
final class ReviewEvidence {

    private ReviewEvidence() {
    }

    static Component of(Component context, Offer offer, OfferLifecycle lifecycle, PrerequisiteService prerequisites) {
        Div evidence = new Div();
        evidence.setId("review-evidence");
        evidence.addClassName("portal-review-evidence");
        evidence.add(section(context, "review.prerequisites", "review-prerequisites", true,
                prerequisiteList(context, prerequisites.checklist(offer.id()))));
        List<Violation> failing = lifecycle.validate(offer.id());
        evidence.add(section(context, "review.checks", "review-checks", true, failing.isEmpty()
                ? new Paragraph(context.getTranslation("review.checks.all-pass"))
                : list(failing.stream().map(v -> "✗ " + context.getTranslation(v.messageKey(), v.arguments())).toList())));
        List<CertificationReview> earlier = lifecycle.reviews(offer.id());
        if (!earlier.isEmpty()) {
            evidence.add(section(context, "review.earlier-reports", "review-earlier", false, list(earlier.stream()
                    .map(r -> Formats.dateTime(r.decidedAt()) + " · "
                            + context.getTranslation(r.passed() ? "review.earlier.passed" : "review.earlier.failed")
                            + (r.report() == null ? "" : " — " + r.report())).toList())));
        }
        List<OfferHistoryEntry> history = lifecycle.history(offer.id());
        evidence.add(section(context, "offer.tab.history", "review-history", false, list(history.stream()
                .map(h -> Formats.dateTime(h.occurredAt()) + " · " + h.actorEmail() + " · "
                        + (h.fromStatus() == null ? "" : context.getTranslation(h.fromStatus().messageKey()) + " → ")
                        + context.getTranslation(h.toStatus().messageKey())
                        + (h.comment() == null ? "" : " — " + h.comment())).toList())));
        return evidence;
    }

    /** A nomination's publisher: the offers they already have, by name and status. */
    static Component otherOffers(Component context, List<Offer> offers) {
        return section(context, "review.other-offers", "review-other-offers", true, offers.isEmpty()
                ? new Paragraph(context.getTranslation("review.other-offers.none"))
                : list(offers.stream().map(o -> o.name() + " · " + context.getTranslation(o.offerType().messageKey())
                        + " · " + context.getTranslation(o.status().messageKey())).toList()));
    }

    private static Component prerequisiteList(Component context, List<PrerequisiteTick> ticks) {
        return list(ticks.stream().map(t -> (t.done() ? "✓ " : "✗ ") + context.getTranslation("prerequisite." + t.item().name())
                + (t.done() ? " · " + context.getTranslation("review.ticked-by", t.checkedBy(), Formats.dateTime(t.checkedAt())) : ""))
                .toList());
    }

    private static Details section(Component context, String titleKey, String id, boolean opened, Component content) {
        Details details = new Details(new Span(context.getTranslation(titleKey)), content);
        details.setId(id);
        details.setOpened(opened);
        details.setWidthFull();
        return details;
    }

    /** Lines anyone may have written (comments, reports), set as text. */
    private static UnorderedList list(List<String> lines) {
        UnorderedList list = new UnorderedList();
        lines.forEach(line -> list.add(new ListItem(line)));
        return list;
    }
}
