package com.publisherportal.attribution.ui;

import com.publisherportal.common.ui.PortalGrid;
import com.publisherportal.account.AccountService;
import com.publisherportal.attribution.RegisteredGuid;
import com.publisherportal.attribution.Snippets;
import com.publisherportal.attribution.MonthlyCount;
import com.publisherportal.attribution.TrackingGuidService;
import com.publisherportal.common.PortalException;
import com.publisherportal.common.ui.Formats;
import com.publisherportal.common.ui.Notify;
import com.publisherportal.common.ui.TitledView;
import com.publisherportal.security.CurrentUser;
import com.publisherportal.security.Roles;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * One tracking GUID: what it is registered for, the code to paste for each way of deploying
 * (with copy buttons), the two privacy notices for customers, and its deployments per month.
 */
@Route("attribution/guids")
@RolesAllowed({Roles.OWNER, Roles.MANAGER, Roles.DEVELOPER})
@StyleSheet("styles/attribution.css")
public class TrackingGuidView extends VerticalLayout implements HasUrlParameter<Long>, TitledView {

    /** The deployments table covers this many months, the current one included. */
    static final int DEPLOYMENT_MONTHS = 12;

    private final TrackingGuidService service;
    private final AccountService accounts;
    private final long accountId;

    public TrackingGuidView(TrackingGuidService service, AccountService accounts, CurrentUser currentUser) {
        this.service = service;
        this.accounts = accounts;
        this.accountId = currentUser.require().accountId();
        addClassName("portal-page");
    }

    @Override
    public String titleKey() {
        return "attribution.guid.title";
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        try {
            show(service.get(accountId, id == null ? -1 : id));
        } catch (com.publisherportal.common.NotFoundException e) {
            // Unknown, or another account's: the portal's "not found" page, alike for both.
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
        } catch (PortalException e) {
            Notify.error(getTranslation(e.messageKey(), e.arguments()));
            event.forwardTo(TrackingGuidsView.class);
        }
    }

    private void show(RegisteredGuid guid) {
        removeAll();
        add(new RouterLink(getTranslation("attribution.guid.back"), TrackingGuidsView.class));

        Span value = new Span(guid.guid().value());
        value.addClassName("portal-secret");
        value.setId("guid-value");
        HorizontalLayout header = new HorizontalLayout(value, AttributionUi.copyButton(this, guid.guid().value(), "copy-guid"));
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        add(header);
        add(facts(guid));
        if (!guid.active()) {
            Paragraph retired = new Paragraph(getTranslation("attribution.guid.retired-note", Formats.date(guid.retiredAt())));
            retired.addClassName("attribution-warning-text");
            add(retired);
        }

        add(new H3(getTranslation("attribution.deployments.title")));
        add(new Paragraph(getTranslation("attribution.deployments.intro")));
        // The programme reports usage by partner network id together with the GUID: both are shown.
        Paragraph reportedAs = new Paragraph(service.partnerNetworkId(accountId)
                .map(id -> getTranslation("attribution.partner-id.beside", id.value(), guid.guid().value()))
                .orElseGet(() -> getTranslation("attribution.partner-id.beside-missing")));
        reportedAs.setId("guid-partner-id");
        add(reportedAs);
        add(deployments(service.deploymentsByMonth(accountId, guid.id(), DEPLOYMENT_MONTHS)));

        add(new H3(getTranslation("attribution.verify.title")));
        add(new Paragraph(getTranslation("attribution.verify.intro", guid.guid().pid())));
        for (Snippets.VerificationSnippet snippet : Snippets.verification(guid.guid())) {
            String kind = snippet.kind().name().toLowerCase(Locale.ROOT).replace('_', '-');
            add(heading(new H4(getTranslation(snippet.kind().key() + ".title")),
                    AttributionUi.copyButton(this, snippet.code(), "copy-verify-" + kind)));
            add(new Paragraph(getTranslation(snippet.kind().key() + ".help", Snippets.RESOURCE_GROUP_PLACEHOLDER)));
            add(AttributionUi.code(snippet.code(), "verify-" + kind));
        }

        add(new H3(getTranslation("attribution.snippets.title")));
        for (Snippets.Snippet snippet : Snippets.all(guid.guid())) {
            String kind = snippet.kind().name().toLowerCase(Locale.ROOT).replace('_', '-');
            H4 title = new H4(getTranslation(snippet.kind().key() + ".title"));
            add(heading(title, AttributionUi.copyButton(this, snippet.code(), "copy-" + kind)));
            add(new Paragraph(getTranslation(snippet.kind().key() + ".help", guid.guid().pid(), guid.guid().value())));
            add(AttributionUi.code(snippet.code(), "snippet-" + kind));
        }

        add(new H3(getTranslation("attribution.privacy.title")));
        add(new Paragraph(getTranslation("attribution.privacy.intro")));
        String publisher = accounts.ownAccount().displayName();
        for (String notice : List.of("template", "sdk")) {
            String text = getTranslation("attribution.privacy." + notice, guid.purpose(), publisher, guid.guid().pid());
            add(heading(new H4(getTranslation("attribution.privacy." + notice + ".title")),
                    AttributionUi.copyButton(this, text, "copy-privacy-" + notice)));
            Paragraph paragraph = new Paragraph(text);
            paragraph.addClassName("attribution-notice");
            paragraph.setId("privacy-" + notice);
            add(paragraph);
        }
    }

    private static HorizontalLayout heading(Component title, Component copy) {
        HorizontalLayout heading = new HorizontalLayout(title, copy);
        heading.setAlignItems(FlexComponent.Alignment.CENTER);
        return heading;
    }

    private Component facts(RegisteredGuid guid) {
        Div facts = new Div();
        facts.addClassName("attribution-facts");
        fact(facts, "attribution.offer", guid.hasOffer() ? guid.offerName() + " (" + guid.offerIdentifier() + ")"
                : getTranslation("attribution.no-offer"));
        fact(facts, "attribution.channel", AttributionUi.channel(this, guid));
        if (guid.plan() != null) {
            fact(facts, "attribution.plan", guid.plan());
        }
        fact(facts, "attribution.description", guid.description());
        fact(facts, "attribution.guid.registered", getTranslation("attribution.guid.registered-by",
                Formats.date(guid.createdAt()), guid.createdByEmail()));
        fact(facts, "attribution.status", guid.active() ? getTranslation("attribution.status.active")
                : getTranslation("attribution.status.retired", Formats.date(guid.retiredAt())));
        return facts;
    }

    private void fact(Div facts, String labelKey, String value) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("attribution-fact-label");
        facts.add(label, new Span(value));
    }

    private Component deployments(List<MonthlyCount> months) {
        long max = Math.max(1, months.stream().mapToLong(MonthlyCount::deployments).max().orElse(1));
        long total = months.stream().mapToLong(MonthlyCount::deployments).sum();
        DateTimeFormatter monthFormat = DateTimeFormatter.ofPattern("LLLL yyyy", getLocale());
        Grid<MonthlyCount> table = new PortalGrid<>();
        table.setId("deployments-grid");
        table.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER);
        table.setAllRowsVisible(true);
        table.setWidth("36rem");
        table.addColumn(m -> monthFormat.format(m.month())).setHeader(getTranslation("attribution.deployments.month"))
                .setFooter(getTranslation("attribution.deployments.total")).setFlexGrow(1);
        table.addColumn(m -> Formats.number(m.deployments())).setHeader(getTranslation("attribution.deployments.count"))
                .setFooter(Formats.number(total)).setFlexGrow(0).setWidth("8rem");
        table.addComponentColumn(m -> {
            Div bar = new Div();
            bar.addClassName("attribution-bar");
            bar.getStyle().set("width", (100 * m.deployments() / max) + "%");
            return bar;
        }).setFlexGrow(1);
        table.setItems(months);
        return table;
    }
}
