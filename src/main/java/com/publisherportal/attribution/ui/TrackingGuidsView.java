package com.publisherportal.attribution.ui;

import com.publisherportal.common.ui.PortalButton;
import com.publisherportal.common.ui.PortalGrid;
import com.publisherportal.common.ui.GridExport;
import com.publisherportal.common.export.TableExporter;
import com.publisherportal.attribution.DistributionChannel;
import com.publisherportal.attribution.PartnerNetworkId;
import com.publisherportal.attribution.RegisteredGuid;
import com.publisherportal.attribution.TrackingGuidService;
import com.publisherportal.attribution.TrackingGuidService.OfferCoverage;
import com.publisherportal.common.PortalException;
import com.publisherportal.common.ui.FormErrors;
import com.publisherportal.common.ui.Formats;
import com.publisherportal.common.ui.Notify;
import com.publisherportal.onboarding.Offer;
import com.publisherportal.security.AccountRole;
import com.publisherportal.security.CurrentUser;
import com.publisherportal.security.Roles;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The tracking-GUID registry: the suggestions (one GUID per offer per channel, and which
 * combinations have none yet), the publisher's GUIDs with their recent deployments, registering
 * (generated or entered) and retiring.
 */
@Route("attribution")
@Menu(title = "nav.attribution", order = 40, icon = "vaadin:barcode")
@RolesAllowed({Roles.OWNER, Roles.MANAGER, Roles.DEVELOPER})
@StyleSheet("styles/attribution.css")
public class TrackingGuidsView extends VerticalLayout {

    /** The deployments column counts this many months, the current one included. */
    static final int DEPLOYMENT_MONTHS = 6;

    private final TrackingGuidService service;
    private final long accountId;
    private final Grid<RegisteredGuid> grid = new PortalGrid<>();
    private final Grid<OfferCoverage> coverage = new PortalGrid<>();
    private final Span missing = new Span();
    private final Paragraph partnerIdNote = new Paragraph();
    private final Checkbox showRetired = new Checkbox();
    private Map<Long, Long> deployments = Map.of();

    private GridExport<RegisteredGuid> export;

    public TrackingGuidsView(TrackingGuidService service, CurrentUser currentUser, TableExporter exporter) {
        this.service = service;
        this.accountId = currentUser.require().accountId();
        addClassName("portal-page");

        Button register = new PortalButton(getTranslation("attribution.register"), e -> openRegisterDialog(null, null));
        register.setId("register-guid");
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button check = new PortalButton(getTranslation("attribution.registry.to-checker"),
                e -> getUI().ifPresent(ui -> ui.navigate(TemplateCheckView.class)));
        HorizontalLayout actions = new HorizontalLayout(register, check);
        actions.setWrap(true);

        missing.setId("missing-combinations");
        partnerIdNote.setId("registry-partner-id");
        coverage.setId("coverage-grid");
        coverage.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        coverage.setAllRowsVisible(true);
        coverage.addColumn(OfferCoverage::offerName).setHeader(getTranslation("attribution.offer")).setFlexGrow(2);
        for (DistributionChannel channel : DistributionChannel.SUGGESTED) {
            coverage.addComponentColumn(c -> coverageCell(c, channel)).setKey(channel.name())
                    .setHeader(getTranslation("attribution.channel." + channel.name())).setFlexGrow(2);
        }
        coverage.addColumn(c -> c.on(DistributionChannel.OTHER).stream().map(RegisteredGuid::channelName).distinct()
                        .collect(Collectors.joining(", ")))
                .setHeader(getTranslation("attribution.coverage.other")).setFlexGrow(1);

        showRetired.setLabel(getTranslation("attribution.registry.show-retired"));
        showRetired.setId("show-retired");
        showRetired.addValueChangeListener(e -> refresh());
        grid.setId("guids-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        export = new GridExport<>(grid);
        export.exportAs(grid.addComponentColumn(this::guidCell).setKey("guid").setHeader(getTranslation("attribution.guid"))
                        .setAutoWidth(true).setFlexGrow(0), getTranslation("attribution.guid"),
                g -> g.guid().value() + (g.active() ? ""
                        : " — " + getTranslation("attribution.status.retired", Formats.date(g.retiredAt()))));
        export.text("offer", getTranslation("attribution.offer"),
                g -> g.hasOffer() ? g.offerName() : getTranslation("attribution.no-offer")).setWidth("9rem");
        export.text("channel", getTranslation("attribution.registry.channel-plan"),
                g -> AttributionUi.channel(this, g) + (g.plan() == null ? "" : " · " + g.plan())).setWidth("9rem");
        export.text("description", getTranslation("attribution.description"), RegisteredGuid::description)
                .setWidth("10rem").setFlexGrow(2);
        export.integer("deployments", getTranslation("attribution.registry.deployments"),
                        g -> deployments.getOrDefault(g.id(), 0L)).setAutoWidth(true).setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
        grid.addComponentColumn(this::actions).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        export.bind(exporter, "tracking-guids", getTranslation("attribution.export.sheet"),
                () -> service.list(accountId, showRetired.getValue()));

        add(new Paragraph(getTranslation("attribution.registry.intro")), actions,
                new H3(getTranslation("attribution.coverage.title")),
                new Paragraph(getTranslation("attribution.coverage.intro")), missing, coverage,
                new H3(getTranslation("attribution.partner-id.title")), partnerIdSection(currentUser),
                new H3(getTranslation("attribution.registry.title")),
                new Paragraph(getTranslation("attribution.registry.deployments-note", DEPLOYMENT_MONTHS)), partnerIdNote,
                wrapping(new HorizontalLayout(showRetired, export.links())), grid);
        refresh();
    }

    /**
     * The account's partner network id: owners and managers record it (checked as the programme's
     * number format, the message at the field), the others read it.
     */
    private static HorizontalLayout wrapping(HorizontalLayout row) {
        row.setWrap(true);
        return row;
    }

    private Component partnerIdSection(CurrentUser currentUser) {
        AccountRole role = currentUser.require().accountRole();
        boolean editable = role == AccountRole.OWNER || role == AccountRole.MANAGER;
        TextField field = new TextField(getTranslation("attribution.partner-id.label"));
        field.setId("partner-id");
        field.setHelperText(getTranslation("attribution.partner-id.help", PartnerNetworkId.MIN_DIGITS,
                PartnerNetworkId.MAX_DIGITS));
        field.setValue(service.partnerNetworkId(accountId).map(PartnerNetworkId::value).orElse(""));
        field.setReadOnly(!editable);
        field.setWidth("16rem");
        Button save = new PortalButton(getTranslation("attribution.partner-id.save"), e -> {
            try {
                var saved = service.recordPartnerNetworkId(accountId, field.getValue());
                field.setInvalid(false);
                field.setValue(saved.map(PartnerNetworkId::value).orElse(""));
                Notify.success(saved.isPresent() ? "attribution.partner-id.saved" : "attribution.partner-id.removed");
                refresh();
            } catch (PortalException ex) {
                field.setErrorMessage(getTranslation(ex.messageKey(), ex.arguments()));
                field.setInvalid(true);
            }
        });
        save.setId("partner-id-save");
        save.setVisible(editable);
        HorizontalLayout row = new HorizontalLayout(field, save);
        row.setWrap(true);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        VerticalLayout section = new VerticalLayout(new Paragraph(getTranslation("attribution.partner-id.intro")), row);
        section.setPadding(false);
        return section;
    }

    private void refresh() {
        partnerIdNote.setText(service.partnerNetworkId(accountId)
                .map(id -> getTranslation("attribution.partner-id.registry-note", id.value()))
                .orElseGet(() -> getTranslation("attribution.partner-id.beside-missing")));
        List<RegisteredGuid> guids = service.list(accountId, showRetired.getValue());
        deployments = service.deploymentTotals(accountId, guids, DEPLOYMENT_MONTHS);
        grid.setItems(guids);
        if (export != null) {
            export.refresh();
        }
        List<OfferCoverage> rows = service.coverage(accountId);
        coverage.setItems(rows);
        long gaps = rows.stream().mapToLong(r -> r.missing().size()).sum();
        missing.setText(gaps == 0 ? getTranslation("attribution.coverage.complete")
                : getTranslation("attribution.coverage.missing", gaps));
        missing.getElement().getClassList().set("attribution-missing", gaps > 0);
    }

    private Component coverageCell(OfferCoverage row, DistributionChannel channel) {
        List<RegisteredGuid> guids = row.on(channel);
        if (guids.isEmpty()) {
            Span none = new Span(getTranslation("attribution.coverage.none"));
            none.addClassName("attribution-missing");
            Button generate = new PortalButton(getTranslation("attribution.coverage.generate"),
                    e -> openRegisterDialog(row.offerId(), channel));
            generate.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            generate.setId("suggest-" + row.offerId() + "-" + channel.name().toLowerCase(java.util.Locale.ROOT));
            HorizontalLayout cell = new HorizontalLayout(none, generate);
            cell.setAlignItems(FlexComponent.Alignment.BASELINE);
            return cell;
        }
        Div cell = new Div();
        cell.add(new Span(guids.stream().map(g -> shortGuid(g) + (g.plan() == null ? "" : " (" + g.plan() + ")"))
                .collect(Collectors.joining(", "))));
        if (row.duplicated(channel)) {
            Span twice = new Span(" · " + getTranslation("attribution.coverage.duplicated"));
            twice.addClassName("attribution-warning-text");
            cell.add(twice);
        }
        return cell;
    }

    private Component guidCell(RegisteredGuid guid) {
        Span value = new Span(guid.guid().value());
        value.addClassName("attribution-guid");
        Div cell = new Div(value);
        if (!guid.active()) {
            Span retired = new Span(getTranslation("attribution.status.retired", Formats.date(guid.retiredAt())));
            retired.addClassName("attribution-retired");
            cell.add(retired);
        }
        return cell;
    }

    private static String shortGuid(RegisteredGuid guid) {
        return guid.guid().value().substring(0, 8) + "…";
    }

    private Component actions(RegisteredGuid guid) {
        Button snippets = new PortalButton(getTranslation("attribution.registry.snippets"),
                e -> getUI().ifPresent(ui -> ui.navigate(TrackingGuidView.class, guid.id())));
        snippets.addThemeVariants(ButtonVariant.LUMO_SMALL);
        snippets.setId("snippets-" + guid.guid().value());
        Button change;
        if (guid.active()) {
            change = new PortalButton(getTranslation("attribution.retire"), e -> confirmRetire(guid));
            change.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            change.setId("retire-" + guid.guid().value());
        } else {
            change = new PortalButton(getTranslation("attribution.reinstate"), e -> run(() -> service.reinstate(accountId, guid.id()),
                    "attribution.reinstated"));
            change.addThemeVariants(ButtonVariant.LUMO_SMALL);
            change.setId("reinstate-" + guid.guid().value());
        }
        return new HorizontalLayout(snippets, change);
    }

    private void confirmRetire(RegisteredGuid guid) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("attribution.retire.title"),
                getTranslation("attribution.retire.text", guid.guid().value(), guid.offerName()),
                getTranslation("attribution.retire"), e -> run(() -> service.retire(accountId, guid.id()), "attribution.retired"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("common.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.setId("confirm-retire");
        confirm.open();
    }

    private void run(Runnable action, String successKey) {
        try {
            action.run();
            Notify.success(successKey);
        } catch (PortalException ex) {
            Notify.error(getTranslation(ex.messageKey(), ex.arguments()));
        }
        refresh();
    }

    private void openRegisterDialog(Long offerId, DistributionChannel presetChannel) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("attribution.register"));
        dialog.setWidth("40rem");
        RadioButtonGroup<Boolean> mode = new RadioButtonGroup<>(getTranslation("attribution.register.mode"));
        mode.setItems(true, false);
        mode.setItemLabelGenerator(generate -> getTranslation(generate ? "attribution.register.generate"
                : "attribution.register.enter"));
        mode.setValue(true);
        mode.setId("register-mode");
        TextField guid = new TextField(getTranslation("attribution.guid"));
        guid.setHelperText(getTranslation("attribution.register.guid-help"));
        guid.setId("register-guid-input");
        guid.setVisible(false);
        guid.setWidthFull();
        mode.addValueChangeListener(e -> guid.setVisible(Boolean.FALSE.equals(e.getValue())));

        List<Offer> offers = service.offers(accountId);
        ComboBox<Offer> offer = new ComboBox<>(getTranslation("attribution.offer"));
        offer.setItems(offers);
        offer.setItemLabelGenerator(o -> o.name() + " (" + o.offerId() + ")");
        offer.setId("register-offer");
        offer.setHelperText(getTranslation("attribution.offer.optional-help"));
        offer.setClearButtonVisible(true);
        offers.stream().filter(o -> o.id().equals(offerId)).findFirst().ifPresent(offer::setValue);
        Select<DistributionChannel> channel = new Select<>();
        channel.setLabel(getTranslation("attribution.channel"));
        channel.setItems(DistributionChannel.values());
        channel.setItemLabelGenerator(c -> getTranslation("attribution.channel." + c.name()));
        channel.setValue(presetChannel == null ? DistributionChannel.MARKETPLACE : presetChannel);
        channel.setId("register-channel");
        TextField channelName = new TextField(getTranslation("attribution.channel-name"));
        channelName.setId("register-channel-name");
        channelName.setVisible(false);
        channel.addValueChangeListener(e -> channelName.setVisible(e.getValue() == DistributionChannel.OTHER));
        TextField plan = new TextField(getTranslation("attribution.plan.optional"));
        plan.setHelperText(getTranslation("attribution.plan.help"));
        plan.setId("register-plan");
        TextArea description = new TextArea(getTranslation("attribution.description"));
        description.setMaxLength(TrackingGuidService.DESCRIPTION_MAX_LENGTH);
        description.setId("register-description");
        description.setWidthFull();

        Map<String, HasValidation> fields = Map.of("guid", guid, "offer", offer, "channel", channel,
                "channelName", channelName, "plan", plan, "description", description);
        Button save = new PortalButton(getTranslation("attribution.register.submit"), e -> {
            try {
                TrackingGuidService.Registered registered = service.register(accountId, new TrackingGuidService.Registration(
                        Boolean.TRUE.equals(mode.getValue()) ? null : guid.getValue(),
                        offer.getValue() == null ? null : offer.getValue().id(), channel.getValue(),
                        channelName.getValue(), plan.getValue(), description.getValue()));
                dialog.close();
                Notify.success("attribution.registered", registered.guid().guid().value());
                if (registered.pidPrefixRemoved()) {
                    Notify.success(registered.partnerCenterSuffixRemoved() ? "attribution.guid.notice.partner-center-removed"
                            : "attribution.guid.notice.pid-removed");
                }
                getUI().ifPresent(ui -> ui.navigate(TrackingGuidView.class, registered.guid().id()));
            } catch (PortalException ex) {
                FormErrors.show(dialog, ex, fields);
            }
        });
        save.setId("register-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(mode, guid, offer, channel, channelName, plan, description);
        form.setColspan(mode, 2);
        form.setColspan(guid, 2);
        form.setColspan(description, 2);
        dialog.add(form);
        dialog.getFooter().add(new PortalButton(getTranslation("common.cancel"), e -> dialog.close()), save);
        dialog.open();
    }
}
