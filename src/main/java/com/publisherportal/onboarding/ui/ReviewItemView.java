package com.publisherportal.onboarding.ui;

import com.publisherportal.account.AccountService;
import com.publisherportal.account.Countries;
import com.publisherportal.common.PortalException;
import com.publisherportal.common.ui.Formats;
import com.publisherportal.common.ui.Notify;
import com.publisherportal.common.ui.TitledView;
import com.publisherportal.onboarding.CertificationChecklist;
import com.publisherportal.onboarding.Iban;
import com.publisherportal.onboarding.Nomination;
import com.publisherportal.onboarding.Offer;
import com.publisherportal.onboarding.OfferLifecycle;
import com.publisherportal.onboarding.OfferService;
import com.publisherportal.onboarding.QueueKind;
import com.publisherportal.onboarding.ReviewService;
import com.publisherportal.onboarding.ReviewStatus;
import com.publisherportal.onboarding.SellerRegistration;
import com.publisherportal.security.Roles;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
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

/** Staff review one item: claim it, then approve or reject (with a reason), or certify an offer. */
@Route("staff/review/:kind([a-z_]+)/:id([0-9]+)")
@RolesAllowed(Roles.STAFF)
public class ReviewItemView extends VerticalLayout implements BeforeEnterObserver, TitledView {

    private final ReviewService reviews;
    private final OfferService offers;
    private final OfferLifecycle lifecycle;
    private final AccountService accounts;
    private final java.util.List<OfferReviewSection> sections;
    private QueueKind kind;
    private long id;

    public ReviewItemView(ReviewService reviews, OfferService offers, OfferLifecycle lifecycle, AccountService accounts,
                          java.util.List<OfferReviewSection> sections) {
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
        item(details, "queue.due", Formats.weekdayDate(n.dueAt()));
        add(details);
        decision(n.status(), n.claimedBy(), n.decidedBy(), n.decidedAt(), n.decisionReason(),
                () -> reviews.claimNomination(id),
                (approve, reason) -> reviews.decideNomination(id, approve, reason, n.version()));
    }

    private void registration(SellerRegistration r) {
        add(new H2(r.legalName()), OnboardingStatus.review(this, r.status()));
        FormLayout details = new FormLayout();
        item(details, "queue.publisher", accounts.account(r.accountId()).displayName());
        item(details, "registration.address", r.addressLine() + ", " + r.postalCode() + " " + r.city() + ", "
                + Countries.name(r.country(), getLocale()));
        item(details, "registration.tax-id", r.taxId());
        item(details, "registration.iban", new Iban(r.iban()).formatted());
        item(details, "registration.support-email", r.supportEmail());
        item(details, "registration.accepted-on", getTranslation("review.accepted-by", reviews.nameOf(r.policiesAcceptedBy()),
                Formats.dateTime(r.policiesAcceptedAt())));
        item(details, "queue.due", Formats.weekdayDate(r.dueAt()));
        add(details);
        decision(r.status(), r.claimedBy(), r.decidedBy(), r.decidedAt(), r.decisionReason(),
                () -> reviews.claimRegistration(id),
                (approve, reason) -> reviews.decideRegistration(id, approve, reason, r.version()));
    }

    private interface Decide {
        void decide(boolean approve, String reason);
    }

    private void decision(ReviewStatus status, Long claimedBy, Long decidedBy, java.time.Instant decidedAt, String reason,
                          Runnable claim, Decide decide) {
        if (status != ReviewStatus.SUBMITTED) {
            add(new Paragraph(getTranslation("review.decided", reviews.nameOf(decidedBy), Formats.dateTime(decidedAt),
                    reason == null ? "" : reason)));
            return;
        }
        add(claimLine(claimedBy, claim));
        TextArea why = new TextArea(getTranslation("review.reason"));
        why.setHelperText(getTranslation("review.reason.help"));
        why.setMaxLength(2000);
        why.setWidthFull();
        why.setId("review-reason");
        Button approve = guarded("review.approve", "approve", ButtonVariant.LUMO_SUCCESS, () -> decide.decide(true, why.getValue()));
        Button reject = guarded("review.reject", "reject", ButtonVariant.LUMO_ERROR, () -> decide.decide(false, why.getValue()));
        add(why, new HorizontalLayout(approve, reject));
    }

    private Component claimLine(Long claimedBy, Runnable claim) {
        if (claimedBy != null) {
            return new Paragraph(getTranslation("review.claimed-by", reviews.nameOf(claimedBy)));
        }
        return guarded("review.claim", "claim", ButtonVariant.LUMO_PRIMARY, claim);
    }

    private void offer(Offer o) {
        add(new H2(o.name()), OnboardingStatus.offer(this, o.status()));
        FormLayout details = new FormLayout();
        item(details, "queue.publisher", accounts.account(o.accountId()).displayName());
        item(details, "offers.offer-id", o.offerId());
        item(details, "offers.type", getTranslation(o.offerType().messageKey()));
        if (o.submittedAt() != null) {
            item(details, "common.submitted", Formats.dateTime(o.submittedAt()));
            item(details, "queue.due", Formats.weekdayDate(o.dueAt()));
        }
        add(details, new Anchor("offers/" + o.id(), getTranslation("review.open-offer")));
        sections.forEach(section -> section.section(o).ifPresent(this::add));
        switch (o.status()) {
            case SUBMITTED -> add(guarded("review.claim-certification", "claim", ButtonVariant.LUMO_PRIMARY,
                    () -> lifecycle.claimForCertification(id)));
            case IN_CERTIFICATION -> certification(o);
            case STOP_SELL_PENDING -> add(guarded("review.complete-stop-sell", "complete-stop-sell",
                    ButtonVariant.LUMO_ERROR, () -> lifecycle.completeStopSell(id)));
            default -> add(new Paragraph(getTranslation("review.nothing-to-do", o.status())));
        }
    }

    private void certification(Offer o) {
        if (o.claimedBy() != null) {
            add(new Paragraph(getTranslation("review.claimed-by", reviews.nameOf(o.claimedBy()))));
        }
        Checkbox global = box("certification.global-review", "cert-global");
        Checkbox platform = box("certification.platform-compatible", "cert-platform");
        Checkbox image = box("certification.image-security", "cert-image");
        Checkbox malware = box("certification.malware-free", "cert-malware");
        Checkbox billing = box("certification.billing-model", "cert-billing");
        TextArea report = new TextArea(getTranslation("certification.report"));
        report.setHelperText(getTranslation("certification.report.help"));
        report.setWidthFull();
        report.setMaxLength(4000);
        report.setId("cert-report");
        Button record = guarded("certification.record", "record-certification", ButtonVariant.LUMO_PRIMARY,
                () -> lifecycle.certify(id, new CertificationChecklist(global.getValue(), platform.getValue(),
                        image.getValue(), malware.getValue(), billing.getValue()), report.getValue(), o.version()));
        add(global, platform, image, malware, billing, report, record);
    }

    private Checkbox box(String key, String id) {
        Checkbox box = new Checkbox(getTranslation(key));
        box.setId(id);
        return box;
    }

    /** A button whose service call shows conflicts and refusals as messages, then shows the current state. */
    private Button guarded(String labelKey, String buttonId, ButtonVariant variant, Runnable call) {
        Button button = new Button(getTranslation(labelKey), e -> {
            try {
                call.run();
                Notify.success("review.saved");
            } catch (PortalException ex) {
                Notify.error(getTranslation(ex.messageKey(), ex.arguments()));
            }
            render();
        });
        button.setId(buttonId);
        button.addThemeVariants(variant);
        return button;
    }

    private void item(FormLayout form, String labelKey, String value) {
        form.addFormItem(new Paragraph(value), getTranslation(labelKey));
    }

    @Override
    public String titleKey() {
        return "review.title";
    }
}
