package com.publisherportal.onboarding.ui;

import com.publisherportal.common.ui.Formats;
import com.publisherportal.onboarding.BusinessCalendar;
import com.publisherportal.onboarding.Nomination;
import com.publisherportal.onboarding.NominationService;
import com.publisherportal.onboarding.Offer;
import com.publisherportal.onboarding.OfferService;
import com.publisherportal.onboarding.OfferStatus;
import com.publisherportal.onboarding.PrerequisiteService;
import com.publisherportal.onboarding.RegistrationService;
import com.publisherportal.onboarding.ReviewService;
import com.publisherportal.onboarding.ReviewStatus;
import com.publisherportal.onboarding.SellerRegistration;
import com.publisherportal.security.CurrentUser;
import com.publisherportal.security.Roles;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The seller's path as a stepper — nomination, registration, prerequisites, offers — each with
 * its status, dates, who acted, and what is expected next.
 */
@Route("onboarding")
@Menu(title = "nav.onboarding", order = 10, icon = "vaadin:road-branches")
@RolesAllowed(Roles.PUBLISHER)
public class OnboardingView extends VerticalLayout {

    public OnboardingView(CurrentUser currentUser, NominationService nominations, RegistrationService registrations,
                          OfferService offers, PrerequisiteService prerequisites, ReviewService reviews) {
        addClassName("portal-page");
        long accountId = currentUser.require().accountId();
        add(new Paragraph(getTranslation("onboarding.intro")));
        Div guides = new Div(new Anchor("onboarding/plan", getTranslation("plan.link")),
                new Anchor("onboarding/agreements", getTranslation("agreements.link")));
        guides.addClassName("portal-plan-links");
        add(guides);
        Div steps = new Div();
        steps.addClassName("portal-steps");
        steps.setId("onboarding-steps");
        add(steps);

        Optional<Nomination> nomination = nominations.latest(accountId);
        boolean nominated = nominations.nominations(accountId).stream().anyMatch(n -> n.status() == ReviewStatus.APPROVED);
        Div first = step(1, "onboarding.step.nomination", nominated);
        if (nomination.isEmpty()) {
            first.add(next(getTranslation("onboarding.nomination.none")));
        } else {
            Nomination n = nomination.get();
            first.add(OnboardingStatus.review(this, n.status()), new Span(n.productName()),
                    detail("onboarding.submitted-on", Formats.date(n.submittedAt()), reviews.nameOf(n.submittedBy())));
            addDecision(first, n.status(), n.dueAt(), n.decidedAt(), n.decidedBy(), n.decisionReason(),
                    BusinessCalendar.NOMINATION_DAYS, reviews);
        }
        first.add(new Anchor("onboarding/nomination", getTranslation(nominated ? "onboarding.nomination.view" : "onboarding.nomination.open")));
        steps.add(first);

        Optional<SellerRegistration> registration = registrations.latest(accountId);
        boolean registered = registration.map(r -> r.status() == ReviewStatus.APPROVED).orElse(false);
        Div second = step(2, "onboarding.step.registration", registered);
        if (registration.isEmpty()) {
            second.add(next(getTranslation("onboarding.registration.none")));
        } else {
            SellerRegistration r = registration.get();
            second.add(OnboardingStatus.review(this, r.status()), new Span(r.legalName()),
                    detail("onboarding.submitted-on", Formats.date(r.submittedAt()), reviews.nameOf(r.submittedBy())));
            addDecision(second, r.status(), r.dueAt(), r.decidedAt(), r.decidedBy(), r.decisionReason(),
                    BusinessCalendar.REGISTRATION_DAYS, reviews);
        }
        second.add(new Anchor("onboarding/registration", getTranslation("onboarding.registration.open")));
        steps.add(second);

        List<Offer> all = offers.offers(accountId);
        List<Offer> drafts = all.stream().filter(o -> o.status().isEditable()).toList();
        long incomplete = drafts.stream().filter(o -> !prerequisites.missing(o.id()).isEmpty()).count();
        Div third = step(3, "onboarding.step.prerequisites", !drafts.isEmpty() && incomplete == 0);
        third.add(new Span(drafts.isEmpty() ? getTranslation("onboarding.prerequisites.no-drafts")
                : getTranslation("onboarding.prerequisites.summary", drafts.size() - incomplete, drafts.size())));
        if (incomplete > 0) {
            third.add(next(getTranslation("onboarding.prerequisites.next")));
        }
        steps.add(third);

        long live = all.stream().filter(o -> o.status() == OfferStatus.LIVE).count();
        Div fourth = step(4, "onboarding.step.offers", live > 0);
        fourth.add(new Span(getTranslation("onboarding.offers.summary", all.size(), live)));
        all.stream().filter(o -> o.status() == OfferStatus.SUBMITTED || o.status() == OfferStatus.IN_CERTIFICATION)
                .forEach(o -> fourth.add(next(getTranslation("onboarding.offers.certification-due", o.name(),
                        Formats.date(o.dueAt()), BusinessCalendar.CERTIFICATION_DAYS))));
        all.stream().filter(o -> o.status() == OfferStatus.ATTENTION_NEEDED)
                .forEach(o -> fourth.add(next(getTranslation("onboarding.offers.attention", o.name()))));
        all.stream().filter(o -> o.status() == OfferStatus.PREVIEW)
                .forEach(o -> fourth.add(next(getTranslation("onboarding.offers.preview", o.name()))));
        fourth.add(new Anchor("offers", getTranslation("onboarding.offers.open")));
        steps.add(fourth);
    }

    private void addDecision(Div step, ReviewStatus status, Instant dueAt, Instant decidedAt, Long decidedBy,
                             String reason, int days, ReviewService reviews) {
        switch (status) {
            case SUBMITTED -> step.add(next(getTranslation("onboarding.decision-due", Formats.weekdayDate(dueAt), days)));
            case APPROVED -> step.add(detail("onboarding.approved-on", Formats.date(decidedAt), reviews.nameOf(decidedBy)));
            case REJECTED -> {
                step.add(detail("onboarding.rejected-on", Formats.date(decidedAt), reviews.nameOf(decidedBy)));
                Paragraph why = new Paragraph(reason);
                why.addClassName("portal-report");
                step.add(why, next(getTranslation("onboarding.resubmit")));
            }
        }
    }

    private Div step(int number, String titleKey, boolean done) {
        Span badge = new Span(String.valueOf(number));
        badge.addClassName("portal-step-number");
        Div step = new Div(badge, new H3(getTranslation(titleKey)));
        step.addClassName("portal-step");
        if (done) {
            step.addClassName("portal-step-done");
        }
        return step;
    }

    private Component detail(String key, Object... args) {
        Span span = new Span(getTranslation(key, args));
        span.addClassName("portal-card-detail");
        return span;
    }

    private Component next(String text) {
        Span span = new Span(text);
        span.addClassName("portal-step-next");
        return span;
    }
}
