package com.publisherportal.plans.ui;

import com.publisherportal.common.ui.Formats;
import com.publisherportal.onboarding.Offer;
import com.publisherportal.onboarding.ui.OfferReviewSection;
import com.publisherportal.plans.PlanPricing;
import com.publisherportal.plans.PlanService;
import com.publisherportal.plans.PlanSummary;
import com.publisherportal.plans.PricingModel;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

import java.util.List;
import java.util.Optional;

/**
 * On the review page: the offer's plans as submitted, read-only: each plan's id, name, visibility,
 * pricing model with its USD prices and meters, trial, and how many markets it is sold in.
 */
@org.springframework.stereotype.Component
class PlansReviewSection implements OfferReviewSection {

    private final PlanService plans;

    PlansReviewSection(PlanService plans) {
        this.plans = plans;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Optional<Component> section(Offer offer) {
        if (PricingModel.forType(offer.offerType()).isEmpty()) {
            return Optional.empty();
        }
        UI ui = UI.getCurrent();
        List<PlanSummary> all = plans.plans(offer.id());
        Div body = new Div();
        plans.changesSinceLastReview(offer.id()).ifPresent(since -> body.add(changes(ui, since)));
        if (all.isEmpty()) {
            body.add(new Paragraph(ui.getTranslation("plans.review.none")));
        }
        for (PlanSummary summary : all) {
            var plan = summary.plan();
            Div box = new Div(new H4(plan.name() + " (" + plan.planId() + ")"));
            UnorderedList facts = new UnorderedList();
            facts.add(new ListItem(ui.getTranslation("plans.review.visibility",
                    ui.getTranslation(plan.visibility().messageKey()), summary.tenantCount(), plan.hidden() ? 1 : 0)));
            facts.add(new ListItem(ui.getTranslation("plans.review.markets", summary.marketCount())));
            PlanPricing pricing = plans.pricing(offer.id(), plan.planId());
            if (pricing != null) {
                facts.add(new ListItem(ui.getTranslation(pricing.model().messageKey())
                        + (pricing.freeTrial() ? " · " + ui.getTranslation("plans.review.trial") : "")));
                pricing.usdPrices().forEach((point, usd) -> facts.add(new ListItem(
                        ui.getTranslation(point.kind().messageKey(), point.key()) + ": " + Formats.money(usd, "USD"))));
            }
            box.add(facts);
            body.add(box);
        }
        Details details = new Details(new Span(ui.getTranslation("plans.review.title", all.size())), body);
        details.setId("review-plans");
        details.setWidthFull();
        details.setOpened(true);
        return Optional.of(details);
    }

    /** What the publisher changed in the plans since the last decision, by plan id. */
    private static Component changes(UI ui, com.publisherportal.plans.PlanChangesSinceReview since) {
        Div box = new Div();
        box.setId("review-plan-changes");
        box.addClassName("portal-review-changes");
        box.add(new H4(ui.getTranslation("plans.review.changes", Formats.dateTime(since.reviewedAt()))));
        if (since.none()) {
            box.add(new Paragraph(ui.getTranslation("plans.review.unchanged")));
            return box;
        }
        UnorderedList list = new UnorderedList();
        since.added().forEach(id -> list.add(new ListItem(ui.getTranslation("plans.review.added", id))));
        since.changed().forEach(id -> list.add(new ListItem(ui.getTranslation("plans.review.changed", id))));
        since.removed().forEach(id -> list.add(new ListItem(ui.getTranslation("plans.review.removed", id))));
        box.add(list);
        return box;
    }
}
