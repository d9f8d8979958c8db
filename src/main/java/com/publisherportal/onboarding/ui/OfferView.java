package com.publisherportal.onboarding.ui;

import com.publisherportal.common.ui.PortalButton;
import com.publisherportal.common.ui.PortalGrid;
import com.publisherportal.common.ui.GridExport;
import com.publisherportal.common.export.TableExporter;
import com.publisherportal.common.PortalException;
import com.publisherportal.common.ValidationException;
import com.publisherportal.common.ui.Formats;
import com.publisherportal.common.ui.Notify;
import com.publisherportal.common.ui.TitledView;
import com.publisherportal.onboarding.CertificationReview;
import com.publisherportal.onboarding.Offer;
import com.publisherportal.onboarding.OfferHistoryEntry;
import com.publisherportal.onboarding.QueueKind;
import com.publisherportal.onboarding.OfferLifecycle;
import com.publisherportal.onboarding.OfferService;
import com.publisherportal.onboarding.OfferStatus;
import com.publisherportal.onboarding.PrerequisiteService;
import com.publisherportal.onboarding.PrerequisiteTick;
import com.publisherportal.security.AccountRole;
import com.publisherportal.security.CurrentUser;
import com.publisherportal.security.PortalUser;
import com.publisherportal.security.Roles;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.util.List;
import java.util.Set;
import java.util.function.LongFunction;

/**
 * One offer: its status and the actions its state allows, the prerequisites checklist, the
 * latest certification report, and the history of every transition.
 */
@Route("offers/:offerId([0-9]+)")
@RolesAllowed({Roles.PUBLISHER, Roles.STAFF})
public class OfferView extends OfferPage implements TitledView {

    private final OfferService offers;
    private final OfferLifecycle lifecycle;
    private final PrerequisiteService prerequisites;
    private final List<OfferOverviewSection> sections;
    private final List<ReviewItemPanel> panels;
    private final PortalUser user;
    /** The open tab survives re-rendering after an action. */
    private int selectedTab;
    private final TableExporter exporter;

    private com.vaadin.flow.router.Location tabShownFor;

    public OfferView(OfferService offers, OfferLifecycle lifecycle, PrerequisiteService prerequisites,
                     List<OfferOverviewSection> sections, CurrentUser currentUser, TableExporter exporter,
                     List<ReviewItemPanel> panels) {
        super(offers, "offer-view");
        this.panels = panels;
        this.offers = offers;
        this.lifecycle = lifecycle;
        this.prerequisites = prerequisites;
        this.sections = sections.stream().sorted(java.util.Comparator.comparingInt(OfferOverviewSection::order)).toList();
        this.user = currentUser.require();
        this.exporter = exporter;
    }

    @Override
    protected void render(Offer offer) {
        removeAll();
        HorizontalLayout header = new HorizontalLayout(new H2(offer.name()), OnboardingStatus.offer(this, offer.status()));
        header.setAlignItems(Alignment.BASELINE);
        Anchor listing = new Anchor("offers/" + offer.id() + "/listing", getTranslation("offer.edit-listing"));
        listing.setId("edit-listing");
        Anchor preview = new Anchor("offers/" + offer.id() + "/preview", getTranslation("offer.open-preview"));
        Anchor goToMarket = new Anchor("offers/" + offer.id() + "/go-to-market", getTranslation("offer.go-to-market"));
        goToMarket.setId("go-to-market-link");
        Anchor technical = new Anchor("offers/" + offer.id() + "/technical", getTranslation("offer.technical-configuration"));
        technical.setId("technical-link");
        Anchor audience = new Anchor("offers/" + offer.id() + "/preview-audience", getTranslation("offer.preview-audience"));
        audience.setId("preview-audience-link");
        Anchor plans = new Anchor("offers/" + offer.id() + "/plans", getTranslation("offer.plans"));
        plans.setId("plans-link");
        HorizontalLayout links = new HorizontalLayout(listing, plans, technical, preview, audience, goToMarket);
        links.setWrap(true);
        add(header, new Paragraph(getTranslation("offer.identity", offer.offerId(), getTranslation(offer.offerType().messageKey()))), links);
        TabSheet tabs = new TabSheet();
        tabs.setWidthFull();
        tabs.add(getTranslation("offer.tab.overview"), overview(offer));
        tabs.add(getTranslation("offer.tab.prerequisites"), prerequisitesTab(offer));
        tabs.add(getTranslation("offer.tab.history"), historyTab());
        panels.forEach(panel -> tabs.add(getTranslation("offer.tab.conversation"), panel.panel(QueueKind.CERTIFICATION, offer.id())));
        tabs.setId("offer-tabs");
        if (location() != tabShownFor && location() != null
                && location().getQueryParameters().getSingleParameter("tab").filter("prerequisites"::equals).isPresent()) {
            // Opened from a blocker of the submission: the prerequisites, where it is fixed (once per opening).
            selectedTab = 1;
            tabShownFor = location();
        }
        tabs.setSelectedIndex(selectedTab);
        tabs.addSelectedChangeListener(e -> selectedTab = tabs.getSelectedIndex());
        add(tabs);
    }

    private boolean hasRole(AccountRole... roles) {
        return user.isPublisher() && Set.of(roles).contains(user.accountRole());
    }

    private Component overview(Offer offer) {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        OfferStatus status = offer.status();
        if (status == OfferStatus.SUBMITTED || status == OfferStatus.IN_CERTIFICATION) {
            box.add(new Paragraph(getTranslation("offer.certification-due", Formats.weekdayDate(offer.dueAt()))));
        }
        if (status == OfferStatus.ATTENTION_NEEDED) {
            lifecycle.latestReview(offerId()).filter(r -> !r.passed()).ifPresent(r -> box.add(report(r)));
        }
        if (status == OfferStatus.PREVIEW) {
            box.add(new Paragraph(getTranslation("offer.preview.intro")));
        }
        sections.forEach(section -> section.section(offer).ifPresent(box::add));
        if (status.isEditable() && hasRole(AccountRole.OWNER, AccountRole.MANAGER, AccountRole.DEVELOPER)) {
            List<ValidationException.Violation> missing = lifecycle.validate(offerId());
            Div failures = new Div();
            failures.setId("submission-failures");
            if (!missing.isEmpty()) {
                failures.add(failureList(missing));
            }
            Button submit = new PortalButton(getTranslation(status == OfferStatus.DRAFT ? "offer.submit" : "offer.resubmit"), e -> {
                try {
                    lifecycle.submit(offerId());
                    Notify.success("offer.submitted");
                    render();
                } catch (ValidationException ex) {
                    failures.removeAll();
                    failures.add(failureList(ex.violations()));
                }
            });
            submit.setId("submit-offer");
            submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            // Nothing to try while something blocks the submission: the list says what to fix, and links there.
            submit.setEnabled(missing.isEmpty());
            box.add(failures, submit);
        }
        HorizontalLayout actions = new HorizontalLayout();
        if (hasRole(AccountRole.OWNER, AccountRole.MANAGER)) {
            if (status == OfferStatus.PREVIEW) {
                actions.add(action("offer.go-live", "go-live", ButtonVariant.LUMO_SUCCESS, lifecycle::goLive));
            }
            if (status == OfferStatus.SUBMITTED || status == OfferStatus.IN_CERTIFICATION || status == OfferStatus.PREVIEW) {
                actions.add(action("offer.cancel-publish", "cancel-publish", ButtonVariant.LUMO_TERTIARY,
                        id -> lifecycle.cancelPublish(id, null)));
            }
            if (status == OfferStatus.LIVE) {
                actions.add(stopSellButton());
            }
        }
        box.add(actions);
        return box;
    }

    private Button action(String labelKey, String id, ButtonVariant variant, LongFunction<Offer> call) {
        Button button = new PortalButton(getTranslation(labelKey), e -> {
            try {
                call.apply(offerId());
                Notify.success("offer.updated");
            } catch (PortalException ex) {
                Notify.error(getTranslation(ex.messageKey(), ex.arguments()));
            }
            render();
        });
        button.setId(id);
        button.addThemeVariants(variant);
        return button;
    }

    private Component stopSellButton() {
        TextArea reason = new TextArea(getTranslation("offer.stop-sell.reason"));
        reason.setMaxLength(2000);
        Button stop = action("offer.stop-sell", "stop-sell", ButtonVariant.LUMO_ERROR,
                id -> lifecycle.stopSell(id, reason.getValue()));
        VerticalLayout box = new VerticalLayout(new Paragraph(getTranslation("offer.stop-sell.intro")), reason, stop);
        box.setPadding(false);
        return box;
    }

    private Component report(CertificationReview review) {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        box.add(new H3(getTranslation("offer.report.title", Formats.dateTime(review.decidedAt()))));
        UnorderedList checks = new UnorderedList();
        checks.add(check("certification.global-review", review.globalReview()),
                check("certification.platform-compatible", review.platformCompatible()),
                check("certification.image-security", review.imageSecurity()),
                check("certification.malware-free", review.malwareFree()),
                check("certification.billing-model", review.billingModel()));
        Paragraph text = new Paragraph(review.report());
        text.addClassName("portal-report");
        text.setId("certification-report");
        box.add(checks, text);
        return box;
    }

    private ListItem check(String key, boolean passed) {
        return new ListItem((passed ? "✓ " : "✗ ") + getTranslation(key));
    }

    private Component failureList(List<ValidationException.Violation> violations) {
        UnorderedList list = new UnorderedList();
        list.addClassName("portal-failures");
        violations.forEach(v -> list.add(new ListItem(fixLink(v))));
        Div box = new Div(new Span(getTranslation("offer.submit.failures", violations.size())), list);
        return box;
    }

    /**
     * A blocker as a link to where it is fixed: the listing editor at the field (its tab opened,
     * the field focused), the prerequisites tab, or the seller registration.
     */
    private Component fixLink(ValidationException.Violation v) {
        String text = getTranslation(v.messageKey(), v.arguments());
        String field = v.field();
        if ("listing".equals(field)) {
            String listingField = v.arguments().length > 0 && v.arguments()[0] instanceof com.publisherportal.common.Translatable t
                    && t.messageKey().startsWith("listing.field.") ? t.messageKey().substring("listing.field.".length()) : "";
            Anchor link = new Anchor("offers/" + offerId() + "/listing"
                    + (listingField.isEmpty() ? "" : "?field=" + listingField), text);
            link.addClassName("portal-fix-link");
            return link;
        }
        if ("prerequisites".equals(field)) {
            Anchor link = new Anchor("offers/" + offerId() + "?tab=prerequisites", text);
            link.addClassName("portal-fix-link");
            return link;
        }
        if ("technical".equals(field)) {
            Anchor link = new Anchor("offers/" + offerId() + "/technical", text);
            link.addClassName("portal-fix-link");
            return link;
        }
        if ("plans".equals(field)) {
            // The plans' blockers name the plan first: its editor; "no plan yet": the list of plans.
            String plan = v.arguments().length > 0 && v.arguments()[0] instanceof String id ? "/" + id : "";
            String tab = switch (v.messageKey()) {
                case "plans.submit.no-model", "plans.submit.no-price" -> "?tab=pricing";
                case "plans.submit.no-market" -> "?tab=markets";
                case "plans.submit.no-tenants" -> "?tab=visibility";
                default -> "";
            };
            Anchor link = new Anchor("offers/" + offerId() + "/plans" + plan + (plan.isEmpty() ? "" : tab), text);
            link.addClassName("portal-fix-link");
            return link;
        }
        if ("agreements".equals(field)) {
            Anchor link = new Anchor("onboarding/agreements", text);
            link.addClassName("portal-fix-link");
            return link;
        }
        if ("registration".equals(field)) {
            Anchor link = new Anchor("onboarding/registration", text);
            link.addClassName("portal-fix-link");
            return link;
        }
        return new Span(text);
    }

    private Component prerequisitesTab(Offer offer) {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        boolean editable = offer.status().isEditable() && hasRole(AccountRole.OWNER, AccountRole.MANAGER, AccountRole.DEVELOPER);
        List<PrerequisiteTick> checklist = prerequisites.checklist(offerId());
        for (boolean technical : new boolean[]{true, false}) {
            List<PrerequisiteTick> group = checklist.stream().filter(t -> t.item().technical() == technical).toList();
            if (group.isEmpty()) {
                continue;
            }
            box.add(new H3(getTranslation(technical ? "prerequisites.technical" : "prerequisites.business")));
            for (PrerequisiteTick tick : group) {
                Checkbox box1 = new Checkbox(getTranslation("prerequisite." + tick.item().name()), tick.done());
                boolean fromAgreements = tick.item() == com.publisherportal.onboarding.Prerequisite.AGREEMENTS_ACCEPTED;
                // The agreements are accepted by the owner on their own page; the box only shows it.
                box1.setId(fromAgreements ? "agreements-prerequisite" : "prerequisite-" + tick.item().name());
                box1.setEnabled(editable && !fromAgreements);
                if (fromAgreements) {
                    box1.setHelperText(getTranslation("agreements.prerequisite-help"));
                }
                box1.addValueChangeListener(e -> {
                    if (e.isFromClient()) {
                        prerequisites.set(offerId(), tick.item(), e.getValue());
                        render();
                    }
                });
                Span who = new Span(tick.done() ? getTranslation("prerequisites.ticked-by", tick.checkedBy(),
                        Formats.dateTime(tick.checkedAt())) : "");
                who.addClassName("portal-card-detail");
                box.add(new Div(box1, who));
                if (fromAgreements && !tick.done()) {
                    box.add(new Anchor("onboarding/agreements", getTranslation("agreements.link")));
                }
            }
        }
        return box;
    }

    private Component historyTab() {
        Grid<OfferHistoryEntry> grid = new PortalGrid<>();
        grid.setId("offer-history");
        grid.setAllRowsVisible(true);
        GridExport<OfferHistoryEntry> export = new GridExport<>(grid);
        export.timestamp("occurredAt", getTranslation("audit.when"), OfferHistoryEntry::occurredAt).setAutoWidth(true);
        export.text("actor", getTranslation("audit.actor"), OfferHistoryEntry::actorEmail);
        export.text("from", getTranslation("offer.history.from"),
                h -> h.fromStatus() == null ? "" : getTranslation(h.fromStatus().messageKey()));
        export.text("to", getTranslation("offer.history.to"), h -> getTranslation(h.toStatus().messageKey()));
        export.text("comment", getTranslation("offer.history.comment"), h -> h.comment() == null ? "" : h.comment())
                .setFlexGrow(2);
        long offerId = offerId();
        grid.setItems(lifecycle.history(offerId));
        export.bind(exporter, "offer-history", getTranslation("offer.history.export.sheet"), () -> lifecycle.history(offerId));
        return new VerticalLayout(export.links(), grid);
    }

    @Override
    public String titleKey() {
        return "offer.title";
    }
}
