package com.publisherportal.campaigns.ui;

import com.publisherportal.common.ui.ComponentTexts;
import com.publisherportal.campaigns.AzureRegions;
import com.publisherportal.campaigns.BenefitService;
import com.publisherportal.campaigns.CampaignLink;
import com.publisherportal.campaigns.GoToMarketService;
import com.publisherportal.campaigns.LaunchTick;
import com.publisherportal.campaigns.TestDrive;
import com.publisherportal.campaigns.TestDriveSettings;
import com.publisherportal.campaigns.TestDriveType;
import com.publisherportal.campaigns.TrafficSource;
import com.publisherportal.common.PortalException;
import com.publisherportal.common.ui.FormErrors;
import com.publisherportal.common.ValidationException;
import com.publisherportal.common.ui.Notify;
import com.publisherportal.common.ui.PortalButton;
import com.publisherportal.listing.UploadInspector;
import com.publisherportal.common.ui.TitledView;
import com.publisherportal.onboarding.Offer;
import com.publisherportal.onboarding.OfferService;
import com.publisherportal.onboarding.ui.OfferPage;
import com.publisherportal.security.Roles;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Go-to-market of one offer: the launch checklist, tracked campaign links, and the test drive. */
@Route("offers/:offerId([0-9]+)/go-to-market")
@RolesAllowed({Roles.PUBLISHER, Roles.STAFF})
public class GoToMarketView extends OfferPage implements TitledView {

    private final GoToMarketService goToMarket;
    private final BenefitService benefits;
    private final OfferService offers;
    private int selectedTab;

    public GoToMarketView(GoToMarketService goToMarket, BenefitService benefits, OfferService offers) {
        super(offers, "go-to-market");
        this.goToMarket = goToMarket;
        this.benefits = benefits;
        this.offers = offers;
    }

    @Override
    protected void render(Offer offer) {
        removeAll();
        add(new H2(getTranslation("gtm.heading", offer.name())), new Anchor("offers/" + offerId(), getTranslation("listing.back")));
        TabSheet tabs = new TabSheet();
        tabs.setWidthFull();
        tabs.setId("gtm-tabs");
        tabs.add(getTranslation("gtm.tab.checklist"), checklist());
        tabs.add(getTranslation("gtm.tab.links"), linkBuilder(offer));
        tabs.add(getTranslation("gtm.tab.test-drive"), testDrive(offer));
        tabs.add(getTranslation("benefits.tab"), new BenefitsPanel(benefits.standing(offerId()), benefits.seesSales(offerId())));
        tabs.setSelectedIndex(selectedTab);
        tabs.addSelectedChangeListener(e -> selectedTab = tabs.getSelectedIndex());
        add(tabs);
    }

    private Component checklist() {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        var items = goToMarket.checklist(offerId());
        long done = items.stream().filter(LaunchTick::done).count();
        box.add(new Paragraph(getTranslation("gtm.checklist.progress", done, items.size())));
        for (LaunchTick tick : items) {
            Checkbox box1 = new Checkbox(getTranslation("launch." + tick.item().name()), tick.done());
            box1.setId("launch-" + tick.item().name());
            box1.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    try {
                        goToMarket.setLaunchItem(offerId(), tick.item(), e.getValue());
                    } catch (org.springframework.security.access.AccessDeniedException ex) {
                        Notify.error(getTranslation("error.access-denied"));
                    }
                    render();
                }
            });
            Span who = new Span(tick.done() ? getTranslation("gtm.checklist.done-by", tick.checkedBy(),
                    tick.checkedOn().format(java.time.format.DateTimeFormatter.ofLocalizedDate(
                            java.time.format.FormatStyle.MEDIUM).withLocale(getLocale()))) : "");
            who.addClassName("portal-card-detail");
            box.add(new Div(box1, who));
        }
        return box;
    }

    private Component linkBuilder(Offer offer) {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        box.add(new Paragraph(getTranslation("gtm.links.intro")));
        ComboBox<String> source = new ComboBox<>(getTranslation("gtm.links.source"));
        source.setItems(TrafficSource.KNOWN);
        source.setAllowCustomValue(true);
        source.addCustomValueSetListener(e -> source.setValue(e.getDetail()));
        source.setValue("website");
        source.setHelperText(getTranslation("gtm.links.source.help"));
        source.setId("campaign-source");
        TextField campaign = new TextField(getTranslation("gtm.links.campaign"));
        campaign.setHelperText(getTranslation("campaign.id.rule"));
        campaign.setMaxLength(16);
        campaign.setId("campaign-id");
        TextField url = new TextField(getTranslation("gtm.links.url"));
        url.setReadOnly(true);
        url.setWidthFull();
        url.setId("campaign-url");
        TextArea badge = new TextArea(getTranslation("gtm.links.badge"));
        badge.setReadOnly(true);
        badge.setWidthFull();
        badge.setId("campaign-badge");
        Map<String, HasValidation> fields = Map.of("source", source, "campaignId", campaign);
        Button build = new PortalButton(getTranslation("gtm.links.build"), e -> {
            try {
                FormErrors.clear(fields);
                CampaignLink link = goToMarket.campaignLink(offerId(), source.getValue(), campaign.getValue());
                url.setValue(link.url());
                badge.setValue(link.badgeHtml(offer.name(), getTranslation("gtm.badge.label")));
            } catch (PortalException ex) {
                FormErrors.show(this, ex, fields);
            }
        });
        build.setId("build-link");
        build.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button copyUrl = copyButton(url);
        Button copyBadge = copyButton(badge);
        HorizontalLayout inputs = new HorizontalLayout(source, campaign, build);
        inputs.setAlignItems(Alignment.BASELINE);
        inputs.setWrap(true);
        box.add(inputs, new HorizontalLayout(url, copyUrl), new HorizontalLayout(badge, copyBadge));
        return box;
    }

    private Button copyButton(com.vaadin.flow.component.HasValue<?, String> field) {
        Button copy = new PortalButton(getTranslation("gtm.copy"), e -> {
            UI.getCurrent().getPage().executeJs("navigator.clipboard.writeText($0)", field.getValue());
            Notify.success("gtm.copied");
        });
        copy.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return copy;
    }

    private Component testDrive(Offer offer) {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        var suitable = new ArrayList<>(TestDriveType.suiting(offer.offerType()));
        if (suitable.isEmpty()) {
            box.add(new Paragraph(getTranslation("testdrive.none-for-type", offer.offerType())));
            return box;
        }
        Optional<TestDrive> current = goToMarket.testDrive(offerId());
        box.add(new Paragraph(getTranslation(current.isPresent() ? "testdrive.configured" : "testdrive.intro")));
        goToMarket.testDrivePagePath(offerId()).ifPresent(path -> {
            Anchor page = new Anchor(path, getTranslation("testdrive.public-page"));
            page.setTarget("_blank");
            page.setId("testdrive-public-page");
            box.add(page);
        });
        Select<TestDriveType> type = new Select<>();
        type.setLabel(getTranslation("testdrive.type"));
        type.setItems(suitable);
        type.setItemLabelGenerator(t -> getTranslation("testdrive.type." + t.name()));
        type.setId("testdrive-type");
        IntegerField hot = integer("testdrive.hot", "testdrive-hot");
        IntegerField warm = integer("testdrive.warm", "testdrive-warm");
        IntegerField cold = integer("testdrive.cold", "testdrive-cold");
        hot.setHelperText(getTranslation("testdrive.hot.help"));
        warm.setHelperText(getTranslation("testdrive.warm.help"));
        cold.setHelperText(getTranslation("testdrive.cold.help"));
        for (IntegerField count : java.util.List.of(hot, warm, cold)) {
            count.setMax(com.publisherportal.campaigns.TestDriveRules.INSTANCES_MAX);
        }
        TextField instanceUrl = text("testdrive.instance-url", "testdrive-instance-url", "testdrive.instance-url.rule",
                com.publisherportal.campaigns.TestDriveRules.INSTANCE_URL_MAX);
        TextField logicAppUrl = text("testdrive.logic-app", "testdrive-logic-app", "testdrive.logic-app.rule",
                com.publisherportal.campaigns.TestDriveRules.URL_MAX);
        TextField entraAppId = text("testdrive.entra-app", "testdrive-entra-app", "testdrive.entra-app.rule", 36);
        TextField securityRole = text("testdrive.security-role", "testdrive-security-role", "testdrive.security-role.help",
                com.publisherportal.campaigns.TestDriveRules.ROLE_MAX);
        TextField reportUrl = text("testdrive.report-url", "testdrive-report-url", "testdrive.report-url.rule",
                com.publisherportal.campaigns.TestDriveRules.URL_MAX);
        Paragraph kindInfo = new Paragraph();
        kindInfo.setId("testdrive-kind-info");
        IntegerField hours = integer("testdrive.duration", "testdrive-duration");
        hours.setHelperText(getTranslation("testdrive.duration.help", com.publisherportal.campaigns.TestDriveRules.HOURS_MAX));
        hours.setMin(1);
        hours.setMax(com.publisherportal.campaigns.TestDriveRules.HOURS_MAX);
        MultiSelectComboBox<String> regions = new MultiSelectComboBox<>(getTranslation("testdrive.regions"));
        regions.setItems(AzureRegions.ALL);
        regions.setId("testdrive-regions");
        TextArea description = new TextArea(getTranslation("testdrive.description"));
        description.setMaxLength(TestDrive.DESCRIPTION_MAX);
        description.setId("testdrive-description");
        TextArea accessInfo = new TextArea(getTranslation("testdrive.access"));
        accessInfo.setMaxLength(TestDrive.ACCESS_INFO_MAX);
        accessInfo.setId("testdrive-access");
        current.ifPresent(d -> {
            type.setValue(d.type());
            hot.setValue(d.hotInstances());
            warm.setValue(d.warmInstances());
            cold.setValue(d.coldInstances());
            instanceUrl.setValue(java.util.Objects.toString(d.settings().instanceUrl(), ""));
            logicAppUrl.setValue(java.util.Objects.toString(d.settings().logicAppTriggerUrl(), ""));
            entraAppId.setValue(java.util.Objects.toString(d.settings().entraAppId(), ""));
            securityRole.setValue(java.util.Objects.toString(d.settings().securityRole(), ""));
            reportUrl.setValue(java.util.Objects.toString(d.settings().reportUrl(), ""));
            hours.setValue(d.durationHours());
            regions.select(d.regions());
            description.setValue(d.description());
            accessInfo.setValue(d.accessInfo());
        });
        Map<String, HasValidation> fields = new HashMap<>(Map.of("type", type, "hotInstances", hot, "coldInstances", cold,
                "durationHours", hours, "regions", regions, "description", description, "accessInfo", accessInfo));
        fields.putAll(Map.of("warmInstances", warm, "instanceUrl", instanceUrl, "logicAppTriggerUrl", logicAppUrl,
                "entraAppId", entraAppId, "securityRole", securityRole, "reportUrl", reportUrl));
        // Only the fields the kind uses are shown: the form follows the kind picked.
        Runnable showKind = () -> {
            TestDriveType kind = type.getValue();
            boolean instances = kind == null || kind.keepsInstances();
            hot.setVisible(instances);
            warm.setVisible(instances);
            cold.setVisible(instances);
            regions.setVisible(kind == null || kind.deploysToRegions());
            boolean dynamics = kind == TestDriveType.HOSTED_DYNAMICS_365;
            instanceUrl.setVisible(dynamics);
            logicAppUrl.setVisible(dynamics);
            entraAppId.setVisible(dynamics);
            securityRole.setVisible(dynamics);
            reportUrl.setVisible(kind == TestDriveType.POWER_BI);
            kindInfo.setText(kind == null ? "" : getTranslation("testdrive.kind.about." + kind.name()));
        };
        type.addValueChangeListener(e -> showKind.run());
        if (type.isEmpty() && suitable.size() == 1) {
            type.setValue(suitable.getFirst());
        }
        showKind.run();
        byte[][] manual = new byte[1][];
        String[] manualName = new String[1];
        Upload upload = new Upload(new UploadHandler() {
            @Override
            public void handleUploadRequest(UploadEvent event) throws IOException {
                // Read with the cap on the server: the browser's own limit is only a courtesy.
                try (InputStream in = event.getInputStream()) {
                    byte[] bytes = UploadInspector.readLimited(in, UploadInspector.DOCUMENT_LIMIT, "manual");
                    event.getUI().access(() -> {
                        manual[0] = bytes;
                        manualName[0] = event.getFileName();
                    });
                } catch (ValidationException ex) {
                    var violation = ex.violations().getFirst();
                    String message = event.getUI().getTranslation(violation.messageKey(), violation.arguments());
                    event.reject(message);
                    event.getUI().access(() -> Notify.error(message));
                }
            }

            @Override
            public long getFileSizeMax() {
                return UploadInspector.DOCUMENT_LIMIT;
            }
        });
        upload.setMaxFiles(1);
        upload.setAcceptedFileTypes("application/pdf", ".pdf");
        upload.setMaxFileSize(UploadInspector.DOCUMENT_LIMIT);
        upload.setId("testdrive-manual");
        ComponentTexts.localise(upload);
        Span manualInfo = new Span(current.map(d -> getTranslation("testdrive.manual.current", d.manualName()))
                .orElse(getTranslation("testdrive.manual.needed")));
        int version = current.map(TestDrive::version).orElse(-1);
        Button save = new PortalButton(getTranslation("testdrive.save"), e -> {
            try {
                FormErrors.clear(fields);
                goToMarket.saveTestDrive(offerId(), new GoToMarketService.TestDriveForm(type.getValue(), hot.getValue(),
                                warm.getValue(), cold.getValue(), hours.getValue(), new ArrayList<>(regions.getSelectedItems()),
                                new TestDriveSettings(instanceUrl.getValue(), logicAppUrl.getValue(), entraAppId.getValue(),
                                        securityRole.getValue(), reportUrl.getValue()),
                                description.getValue(), accessInfo.getValue()), manualName[0],
                        manual[0] == null ? null : new ByteArrayInputStream(manual[0]), version);
                Notify.success("testdrive.saved");
                render();
            } catch (PortalException ex) {
                FormErrors.show(this, ex, fields);
            }
        });
        save.setId("save-test-drive");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(type, hours, hot, warm, cold, regions, instanceUrl, logicAppUrl, entraAppId,
                securityRole, reportUrl, description, accessInfo);
        form.setColspan(regions, 2);
        form.setColspan(instanceUrl, 2);
        form.setColspan(logicAppUrl, 2);
        form.setColspan(reportUrl, 2);
        form.setColspan(description, 2);
        form.setColspan(accessInfo, 2);
        box.add(kindInfo, form, new Paragraph(getTranslation("testdrive.manual")), upload, manualInfo, save);
        current.ifPresent(d -> {
            Button remove = new PortalButton(getTranslation("testdrive.remove"), e -> {
                goToMarket.removeTestDrive(offerId());
                render();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            box.add(remove);
        });
        return box;
    }

    private TextField text(String labelKey, String id, String helperKey, int max) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setHelperText(getTranslation(helperKey, max));
        field.setMaxLength(max);
        field.setWidthFull();
        field.setId(id);
        return field;
    }

    private IntegerField integer(String labelKey, String id) {
        IntegerField field = new IntegerField(getTranslation(labelKey));
        field.setMin(0);
        field.setStepButtonsVisible(true);
        field.setId(id);
        return field;
    }

    @Override
    public String titleKey() {
        return "gtm.title";
    }
}
