package com.publisherportal.onboarding.ui;

import com.publisherportal.account.AccountService;
import com.publisherportal.account.Countries;
import com.publisherportal.common.PortalException;
import com.publisherportal.common.ui.Formats;
import com.publisherportal.common.ui.Notify;
import com.publisherportal.common.ui.PortalButton;
import com.publisherportal.common.ui.TitledView;
import com.publisherportal.onboarding.CertificationChecklist;
import com.publisherportal.onboarding.Iban;
import com.publisherportal.onboarding.Nomination;
import com.publisherportal.onboarding.Offer;
import com.publisherportal.onboarding.OfferLifecycle;
import com.publisherportal.onboarding.OfferService;
import com.publisherportal.onboarding.OfferStatus;
import com.publisherportal.onboarding.PrerequisiteService;
import com.publisherportal.onboarding.QueueKind;
import com.publisherportal.onboarding.ReviewService;
import com.publisherportal.onboarding.ReviewStatus;
import com.publisherportal.onboarding.SellerRegistration;
import com.publisherportal.account.StaffMember;
import com.publisherportal.security.CurrentUser;
import com.publisherportal.security.PortalUser;
import com.publisherportal.security.Roles;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.util.Locale;

/**
 * Staff review one item with everything the decision needs on the page: the item, its clock, and
 * for an offer its listing, plans and technical configuration (from the modules that own them),
 * prerequisites, automated checks, earlier reports and history. The reviewer claims it, then
 * approves or rejects (with a reason) or certifies point by point; only the claimant decides.
 */
@Route("staff/review/:kind([a-z_]+)/:id([0-9]+)")
@RolesAllowed(Roles.STAFF)
public class ReviewItemView extends VerticalLayout implements BeforeEnterObserver, TitledView {

    private final ReviewService reviews;
    private final OfferService offers;
    private final OfferLifecycle lifecycle;
    private final AccountService accounts;
    private final java.util.List<OfferReviewSection> sections;
    private final PrerequisiteService prerequisites;
    private final CurrentUser currentUser;
    private final java.util.List<ReviewItemPanel> panels;
    private final com.publisherportal.onboarding.ApprovalPackageService approvalPackages;
    private QueueKind kind;
    private long id;

    public ReviewItemView(ReviewService reviews, OfferService offers, OfferLifecycle lifecycle, AccountService accounts,
                          java.util.List<OfferReviewSection> sections, PrerequisiteService prerequisites,
                          CurrentUser currentUser, java.util.List<ReviewItemPanel> panels,
                          com.publisherportal.onboarding.ApprovalPackageService approvalPackages) {
        this.approvalPackages = approvalPackages;
        this.panels = panels;
        this.prerequisites = prerequisites;
        this.currentUser = currentUser;
        this.sections = sections.stream().sorted(java.util.Comparator.comparingInt(OfferReviewSection::order)).toList();
        this.reviews = reviews;
        this.offers = offers;
        this.lifecycle = lifecycle;
        this.accounts = accounts;
        addClassName("portal-page");
        setId("review-item");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            kind = QueueKind.valueOf(event.getRouteParameters().get("kind").orElse("").toUpperCase(Locale.ROOT));
            id = event.getRouteParameters().getLong("id").orElseThrow();
            render();
        } catch (IllegalArgumentException | com.publisherportal.common.NotFoundException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
        }
    }

    private void render() {
        removeAll();
        switch (kind) {
            case NOMINATION -> nomination(reviews.nomination(id));
            case REGISTRATION -> registration(reviews.registration(id));
            case CERTIFICATION, STOP_SELL -> offer(offers.offer(id));
        }
        panels.forEach(panel -> add(panel.panel(kind, id)));
        Anchor back = new Anchor("staff/queue", getTranslation("review.back"));
        add(back);
    }

    private void nomination(Nomination n) {
        add(new H2(n.productName()), OnboardingStatus.review(this, n.status()));
        FormLayout details = new FormLayout();
        item(details, "queue.publisher", accounts.account(n.accountId()).displayName());
        item(details, "nomination.offer-type", getTranslation(n.offerType().messageKey()));
        item(details, "nomination.description", n.description());
        item(details, "nomination.relation", getTranslation("relation." + n.platformRelation().name()) + " " + n.platformService());
        item(details, "nomination.customers", n.targetCustomers());
        item(details, "nomination.website", n.website());
        item(details, "common.submitted", Formats.dateTime(n.submittedAt()) + " · " + reviews.nameOf(n.submittedBy()));
        due(details, n.dueAt(), n.status() == ReviewStatus.SUBMITTED);
        add(details);
        add(ReviewEvidence.otherOffers(this, offers.offers(n.accountId())));
        add(new OnboardingContactPanel(n.accountId(), approvalPackages));
        decision(n.status(), n.claimedBy(), n.decidedBy(), n.decidedAt(), n.decisionReason(),
                new Claiming(() -> reviews.claimNomination(id), () -> reviews.releaseNomination(id),
                        reviewer -> reviews.reassignNomination(id, reviewer)),
                (approve, reason) -> reviews.decideNomination(id, approve, reason, n.version()));
    }

    private void registration(SellerRegistration r) {
        add(new H2(r.legalName()), OnboardingStatus.review(this, r.status()));
        FormLayout details = new FormLayout();
        item(details, "queue.publisher", accounts.account(r.accountId()).displayName());
        item(details, "registration.address", r.addressLine() + ", " + r.postalCode() + " " + r.city() + ", "
                + Countries.name(r.country(), getLocale()));
        item(details, "registration.tax-id", r.taxId());
        item(details, "registration.iban", new Iban(r.iban()).formatted() + " · " + getTranslation("review.iban-valid"));
        item(details, "registration.support-email", r.supportEmail());
        item(details, "registration.accepted-on", getTranslation("review.accepted-by", reviews.nameOf(r.policiesAcceptedBy()),
                Formats.dateTime(r.policiesAcceptedAt())));
        due(details, r.dueAt(), r.status() == ReviewStatus.SUBMITTED);
        add(details);
        decision(r.status(), r.claimedBy(), r.decidedBy(), r.decidedAt(), r.decisionReason(),
                new Claiming(() -> reviews.claimRegistration(id), () -> reviews.releaseRegistration(id),
                        reviewer -> reviews.reassignRegistration(id, reviewer)),
                (approve, reason) -> reviews.decideRegistration(id, approve, reason, r.version()));
    }

    private interface Decide {
        void decide(boolean approve, String reason);
    }

    /** How an item is claimed, given back and given to another reviewer. */
    private record Claiming(Runnable claim, Runnable release, java.util.function.LongConsumer reassign) {
    }

    private void decision(ReviewStatus status, Long claimedBy, Long decidedBy, java.time.Instant decidedAt, String reason,
                          Claiming claiming, Decide decide) {
        if (status != ReviewStatus.SUBMITTED) {
            add(new Paragraph(getTranslation("review.decided", reviews.nameOf(decidedBy), Formats.dateTime(decidedAt),
                    reason == null ? "" : reason)));
            return;
        }
        add(claimBar(claimedBy, "review.claim", claiming));
        if (!claimedByMe(claimedBy)) {
            return;
        }
        TextArea why = new TextArea(getTranslation("review.reason"));
        why.setHelperText(getTranslation("review.reason.help"));
        why.setMaxLength(2000);
        why.setWidthFull();
        why.setId("review-reason");
        Button approve = guarded("review.approve", "approve", ButtonVariant.LUMO_SUCCESS, () -> decide.decide(true, why.getValue()));
        Button reject = guarded("review.reject", "reject", ButtonVariant.LUMO_ERROR, () -> decide.decide(false, why.getValue()));
        add(why, new HorizontalLayout(approve, reject));
    }

    /**
     * Who has the item: a claim button when nobody does; else their name, "Give back" for them (and
     * administrators), and for administrators a reviewer to give it to. Decisions are the claimant's.
     */
    private Component claimBar(Long claimedBy, String claimKey, Claiming claiming) {
        if (claimedBy == null) {
            Paragraph hint = new Paragraph(getTranslation("review.claim-to-decide"));
            hint.addClassName("portal-hint");
            return new VerticalLayout(hint, guarded(claimKey, "claim", ButtonVariant.LUMO_PRIMARY, claiming.claim()));
        }
        HorizontalLayout bar = new HorizontalLayout();
        bar.setId("claim-bar");
        bar.setAlignItems(Alignment.BASELINE);
        bar.getStyle().set("flex-wrap", "wrap");
        bar.add(new Paragraph(getTranslation(claimedByMe(claimedBy) ? "review.claimed-by-you" : "review.claimed-by",
                reviews.nameOf(claimedBy))));
        PortalUser me = currentUser.require();
        if (claimedByMe(claimedBy) || me.isAdmin()) {
            Button release = guarded("review.release", "release", ButtonVariant.LUMO_TERTIARY, claiming.release());
            bar.add(release);
        }
        if (me.isAdmin()) {
            ComboBox<StaffMember> to = new ComboBox<>(getTranslation("review.reassign-to"));
            to.setId("reassign-to");
            to.setItems(reviews.reviewers().stream().filter(m -> m.userId() != claimedBy).toList());
            to.setItemLabelGenerator(StaffMember::displayName);
            Button reassign = guarded("review.reassign", "reassign", ButtonVariant.LUMO_CONTRAST, () -> {
                if (to.getValue() != null) {
                    claiming.reassign().accept(to.getValue().userId());
                }
            });
            bar.add(to, reassign);
        }
        return bar;
    }

    private boolean claimedByMe(Long claimedBy) {
        return claimedBy != null && claimedBy == currentUser.require().userId();
    }

    /** The due date, and while a decision is awaited where its clock stands (on time, due today, overdue by N business days). */
    private void due(FormLayout details, java.time.Instant dueAt, boolean open) {
        Span date = new Span(Formats.weekdayDate(dueAt) + " ");
        Span line = new Span(date);
        if (open) {
            line.add(OnboardingStatus.due(this, reviews.dueState(dueAt)));
        }
        details.addFormItem(line, getTranslation("queue.due"));
    }

    private void offer(Offer o) {
        add(new H2(o.name()), OnboardingStatus.offer(this, o.status()));
        FormLayout details = new FormLayout();
        item(details, "queue.publisher", accounts.account(o.accountId()).displayName());
        item(details, "offers.offer-id", o.offerId());
        item(details, "offers.type", getTranslation(o.offerType().messageKey()));
        if (o.submittedAt() != null) {
            item(details, "common.submitted", Formats.dateTime(o.submittedAt()));
            due(details, o.dueAt(), o.status() == OfferStatus.SUBMITTED || o.status() == OfferStatus.IN_CERTIFICATION);
        }
        // What is reviewed on one side, the decision and the evidence on the other (one column on a phone).
        Div reviewed = new Div();
        sections.forEach(section -> section.section(o).ifPresent(reviewed::add));
        Div decision = new Div(details);
        switch (o.status()) {
            case SUBMITTED -> decision.add(claimBar(null, "review.claim-certification",
                    new Claiming(() -> lifecycle.claimForCertification(id), () -> { }, reviewer -> { })));
            case IN_CERTIFICATION -> certification(o, decision);
            case STOP_SELL_PENDING -> decision.add(guarded("review.complete-stop-sell", "complete-stop-sell",
                    ButtonVariant.LUMO_ERROR, () -> lifecycle.completeStopSell(id)));
            default -> decision.add(new Paragraph(getTranslation("review.nothing-to-do", getTranslation(o.status().messageKey()))));
        }
        decision.add(ReviewEvidence.of(this, o, lifecycle, prerequisites));
        Div workbench = new Div(reviewed, decision);
        workbench.addClassName("portal-workbench");
        workbench.setId("workbench");
        add(workbench);
    }

    /**
     * The certification points, each passed or failed with a comment; a failure's comments make the
     * report the publisher receives, after the reviewer's own summary.
     */
    private void certification(Offer o, Div decision) {
        decision.add(claimBar(o.claimedBy(), "review.claim-certification", new Claiming(() -> lifecycle.claimForCertification(id),
                () -> lifecycle.releaseCertification(id), reviewer -> lifecycle.reassignCertification(id, reviewer))));
        if (!claimedByMe(o.claimedBy())) {
            return;
        }
        CertificationPoints points = new CertificationPoints(this);
        TextArea summary = new TextArea(getTranslation("certification.report"));
        summary.setHelperText(getTranslation("certification.report.help"));
        summary.setWidthFull();
        summary.setId("cert-report");
        Button record = button("certification.record", "record-certification", ButtonVariant.LUMO_PRIMARY, () -> {
            if (points.complete()) {
                act(() -> lifecycle.certify(id, points.checklist(), points.report(summary.getValue()), o.version()));
            }
        });
        decision.add(points, summary, record);
    }

    /** A button whose service call shows conflicts and refusals as messages, then shows the current state. */
    private Button guarded(String labelKey, String buttonId, ButtonVariant variant, Runnable call) {
        return button(labelKey, buttonId, variant, () -> act(call));
    }

    private Button button(String labelKey, String buttonId, ButtonVariant variant, Runnable onClick) {
        Button button = new PortalButton(getTranslation(labelKey), e -> onClick.run());
        button.setId(buttonId);
        button.addThemeVariants(variant);
        return button;
    }

    /** Runs a service call, shows a refusal or conflict as a message, then shows the item as it is now. */
    private void act(Runnable call) {
        try {
            call.run();
            Notify.success("review.saved");
        } catch (PortalException ex) {
            Notify.error(getTranslation(ex.messageKey(), ex.arguments()));
        }
        render();
    }

    private void item(FormLayout form, String labelKey, String value) {
        form.addFormItem(new Paragraph(value), getTranslation(labelKey));
    }

    @Override
    public String titleKey() {
        return "review.title";
    }
}
