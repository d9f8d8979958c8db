package com.publisherportal.technical.ui;

import com.publisherportal.attribution.CheckReport;
import com.publisherportal.common.PortalException;
import com.publisherportal.common.ui.Badge;
import com.publisherportal.common.ui.ComponentTexts;
import com.publisherportal.common.ui.FormErrors;
import com.publisherportal.common.ui.Formats;
import com.publisherportal.common.ui.Notify;
import com.publisherportal.common.ui.PortalButton;
import com.publisherportal.common.ui.TitledView;
import com.publisherportal.onboarding.Offer;
import com.publisherportal.onboarding.OfferService;
import com.publisherportal.onboarding.ui.OfferPage;
import com.publisherportal.security.Roles;
import com.publisherportal.technical.AppPackage;
import com.publisherportal.technical.ContainerImage;
import com.publisherportal.technical.ImageVersion;
import com.publisherportal.technical.OpenPort;
import com.publisherportal.technical.OsFamily;
import com.publisherportal.technical.PortProtocol;
import com.publisherportal.technical.SaasSettings;
import com.publisherportal.technical.TechnicalConfiguration;
import com.publisherportal.technical.TechnicalConfigurationService;
import com.publisherportal.technical.VmPlanConfiguration;
import com.publisherportal.technical.VmPlanSettings;
import com.publisherportal.technical.VmSizes;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The technical configuration of one offer: the form its type needs (none for consulting and business apps). */
@Route("offers/:offerId([0-9]+)/technical")
@RolesAllowed({Roles.PUBLISHER, Roles.STAFF})
public class TechnicalConfigurationView extends OfferPage implements TitledView {

    private final TechnicalConfigurationService technical;

    public TechnicalConfigurationView(TechnicalConfigurationService technical, OfferService offers) {
        super(offers, "technical-configuration");
        this.technical = technical;
    }

    @Override
    public String titleKey() {
        return "technical.title";
    }

    @Override
    protected void render(Offer offer) {
        removeAll();
        add(new H2(getTranslation("technical.heading", offer.name())),
                new Anchor("offers/" + offerId(), getTranslation("technical.back")));
        TechnicalConfiguration configuration = technical.configuration(offerId());
        boolean editable = technical.mayEdit(offerId());
        if (!editable && configuration.kind() != TechnicalConfiguration.Kind.NOTHING) {
            add(new Paragraph(getTranslation("technical.read-only")));
        }
        switch (configuration.kind()) {
            case SAAS -> add(saasForm(configuration, editable));
            case CONTAINER_IMAGE -> add(containerForm(configuration, editable));
            case AZURE_APPLICATION -> add(packageSection(configuration, editable));
            case VIRTUAL_MACHINE -> add(vmSection(configuration, editable));
            case NOTHING -> {
                Paragraph nothing = new Paragraph(getTranslation("technical.nothing"));
                nothing.setId("technical-nothing");
                add(nothing);
            }
        }
    }

    private static FormLayout form() {
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        form.setMaxWidth("60em");
        return form;
    }

    private TextField field(String name, String value, boolean editable) {
        TextField field = new TextField(getTranslation("technical.field." + name));
        field.setId("technical-" + name);
        field.setValue(value == null ? "" : value);
        field.setReadOnly(!editable);
        field.setWidthFull();
        return field;
    }

    private Component saasForm(TechnicalConfiguration configuration, boolean editable) {
        SaasSettings saas = configuration.saas();
        TextField landing = field("landingPageUrl", saas.landingPageUrl(), editable);
        landing.setPlaceholder("https://");
        landing.setHelperText(getTranslation("technical.help.landingPageUrl"));
        TextField webhook = field("webhookUrl", saas.webhookUrl(), editable);
        webhook.setPlaceholder("https://");
        webhook.setHelperText(getTranslation("technical.help.webhookUrl"));
        TextField tenant = field("tenantId", saas.tenantId(), editable);
        tenant.setPlaceholder("00000000-0000-0000-0000-000000000000");
        TextField application = field("applicationId", saas.applicationId(), editable);
        application.setPlaceholder("00000000-0000-0000-0000-000000000000");
        FormLayout form = form();
        form.add(landing, webhook, tenant, application);
        Map<String, HasValidation> fields = Map.of("landingPageUrl", landing, "webhookUrl", webhook, "tenantId", tenant,
                "applicationId", application);
        VerticalLayout box = new VerticalLayout(new H3(getTranslation("technical.saas.heading")), form);
        box.setPadding(false);
        if (editable) {
            Button save = new PortalButton(getTranslation("technical.save"), e -> {
                try {
                    FormErrors.clear(fields);
                    technical.saveSaas(offerId(), new SaasSettings(landing.getValue(), webhook.getValue(), tenant.getValue(),
                            application.getValue()), configuration.version());
                    Notify.success("technical.saved");
                    render();
                } catch (PortalException ex) {
                    FormErrors.show(this, ex, fields);
                }
            });
            save.setId("technical-save");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            box.add(save);
        }
        return box;
    }

    private Component containerForm(TechnicalConfiguration configuration, boolean editable) {
        ContainerImage image = configuration.containerImage();
        TextField repository = field("imageRepository", image.repository(), editable);
        repository.setPlaceholder("contoso.azurecr.io/vault");
        TextField tag = field("imageTag", image.tag(), editable);
        tag.setPlaceholder("1.0.0");
        FormLayout form = form();
        form.add(repository, tag);
        Map<String, HasValidation> fields = Map.of("imageRepository", repository, "imageTag", tag);
        VerticalLayout box = new VerticalLayout(new H3(getTranslation("technical.container.heading")), form);
        box.setPadding(false);
        if (editable) {
            Button save = new PortalButton(getTranslation("technical.save"), e -> {
                try {
                    FormErrors.clear(fields);
                    technical.saveContainerImage(offerId(), new ContainerImage(repository.getValue(), tag.getValue()),
                            configuration.version());
                    Notify.success("technical.saved");
                    render();
                } catch (PortalException ex) {
                    FormErrors.show(this, ex, fields);
                }
            });
            save.setId("technical-save");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            box.add(save);
        }
        return box;
    }

    private Component packageSection(TechnicalConfiguration configuration, boolean editable) {
        VerticalLayout box = new VerticalLayout(new H3(getTranslation("technical.package.heading")));
        box.setPadding(false);
        configuration.appPackage().ifPresentOrElse(p -> box.add(packageReport(p)),
                () -> box.add(new Paragraph(getTranslation("technical.package.none"))));
        if (!editable) {
            return box;
        }
        TextField version = new TextField(getTranslation("technical.field.packageVersion"));
        version.setId("technical-packageVersion");
        version.setPlaceholder("1.0.0");
        configuration.appPackage().ifPresent(p -> version.setValue(p.version()));
        UI ui = UI.getCurrent();
        Upload upload = new Upload(new UploadHandler() {
            @Override
            public void handleUploadRequest(UploadEvent event) {
                try (InputStream in = event.getInputStream()) {
                    technical.uploadPackage(offerId(), event.getFileName(), in, version.getValue(), configuration.version());
                    ui.access(() -> {
                        Notify.success("technical.package.uploaded");
                        render();
                    });
                } catch (PortalException ex) {
                    String message = ui.getTranslation(ex.messageKey(), ex.arguments());
                    event.reject(message);
                    ui.access(() -> FormErrors.show(TechnicalConfigurationView.this, ex, Map.of("packageVersion", version)));
                } catch (IOException ex) {
                    event.reject();
                }
            }

            @Override
            public long getFileSizeMax() {
                // Vaadin's cap; the service reads with the exact limit and says so.
                return 21L * 1024 * 1024;
            }
        });
        upload.setId("technical-package-upload");
        upload.setMaxFiles(1);
        upload.setAcceptedFileTypes("application/zip", ".zip");
        ComponentTexts.localise(upload);
        box.add(new Paragraph(getTranslation("technical.package.help")), version, upload);
        return box;
    }

    private Component packageReport(AppPackage p) {
        Div report = new Div();
        report.setId("technical-package-report");
        Badge.Tone tone = switch (p.verdict()) {
            case OK -> Badge.Tone.GOOD;
            case WARNING -> Badge.Tone.WARN;
            case ERROR -> Badge.Tone.BAD;
        };
        report.add(new Paragraph(getTranslation("technical.package.current", p.fileName(), p.version(),
                Formats.number(p.size()), Formats.dateTime(p.checkedAt()))));
        HorizontalLayout verdict = new HorizontalLayout(new Span(getTranslation("technical.package.attribution")),
                Badge.of(getTranslation("technical.verdict." + p.verdict().name()), tone));
        verdict.setAlignItems(FlexComponent.Alignment.BASELINE);
        report.add(verdict);
        if (!p.findings().isEmpty()) {
            UnorderedList list = new UnorderedList();
            for (AppPackage.PackageFinding f : p.findings()) {
                list.add(new ListItem(getTranslation("technical.severity." + f.severity().name()) + " "
                        + getTranslation(f.key(), f.arguments().toArray())));
            }
            report.add(list);
        }
        report.add(new Anchor("attribution/check", getTranslation("technical.package.checker")));
        return report;
    }

    private Component vmSection(TechnicalConfiguration configuration, boolean editable) {
        VerticalLayout box = new VerticalLayout(new H3(getTranslation("technical.vm.heading")));
        box.setPadding(false);
        if (configuration.vmPlans().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("technical.vm.no-plans"));
            none.setId("technical-no-plans");
            box.add(none);
        }
        for (VmPlanConfiguration plan : configuration.vmPlans()) {
            box.add(planCard(plan, editable));
        }
        return box;
    }

    private Component planCard(VmPlanConfiguration plan, boolean editable) {
        VerticalLayout card = new VerticalLayout();
        card.addClassName("portal-card");
        card.setId("technical-plan-" + plan.planId());
        card.add(new H3(getTranslation("technical.vm.plan", plan.planName(), plan.planId())));
        if (plan.images().isEmpty()) {
            card.add(new Paragraph(getTranslation("technical.vm.no-images")));
        }
        UnorderedList images = new UnorderedList();
        for (ImageVersion image : plan.images()) {
            String source = image.vhdUrl() != null
                    ? getTranslation("technical.vm.vhd-until", Formats.dateTime(image.sasExpiry()))
                    : getTranslation("technical.vm.gallery", image.galleryImageId());
            ListItem item = new ListItem(new Span(getTranslation("technical.vm.image", image.version(),
                    getTranslation(image.osFamily().messageKey()), image.osName(), source)));
            if (editable) {
                Button remove = new PortalButton(getTranslation("technical.vm.remove-image"), e -> {
                    try {
                        technical.removeImage(offerId(), plan.planId(), image.version());
                        render();
                    } catch (PortalException ex) {
                        FormErrors.show(this, ex, Map.of());
                    }
                });
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                item.add(remove);
            }
            images.add(item);
        }
        card.add(images);
        if (editable) {
            card.add(imageForm(plan));
        }
        card.add(settingsForm(plan, editable));
        return card;
    }

    private Component imageForm(VmPlanConfiguration plan) {
        TextField version = new TextField(getTranslation("technical.field.imageVersion"));
        version.setPlaceholder("1.0.0");
        version.setId("technical-imageVersion-" + plan.planId());
        Select<OsFamily> family = new Select<>();
        family.setLabel(getTranslation("technical.field.osFamily"));
        family.setItems(OsFamily.values());
        family.setItemLabelGenerator(f -> getTranslation(f.messageKey()));
        family.setId("technical-osFamily-" + plan.planId());
        TextField osName = new TextField(getTranslation("technical.field.osName"));
        osName.setId("technical-osName-" + plan.planId());
        osName.setPlaceholder("Ubuntu Server 24.04 LTS");
        TextField vhd = new TextField(getTranslation("technical.field.vhdUrl"));
        vhd.setPlaceholder("https://….blob.core.windows.net/…?sv=…&se=…&sig=…");
        vhd.setHelperText(getTranslation("technical.help.vhdUrl", ImageVersion.MIN_SAS_VALIDITY.toDays()));
        vhd.setWidthFull();
        TextField gallery = new TextField(getTranslation("technical.field.galleryImageId"));
        gallery.setPlaceholder("/subscriptions/…/resourceGroups/…/providers/Microsoft.Compute/galleries/…/images/…/versions/1.0.0");
        gallery.setHelperText(getTranslation("technical.help.galleryImageId"));
        gallery.setId("technical-galleryImageId-" + plan.planId());
        gallery.setWidthFull();
        FormLayout form = form();
        form.add(version, family, osName);
        form.add(vhd, 2);
        form.add(gallery, 2);
        Map<String, HasValidation> fields = Map.of("imageVersion", version, "osFamily", family, "osName", osName,
                "vhdUrl", vhd, "galleryImageId", gallery);
        Button add = new PortalButton(getTranslation("technical.vm.add-image"), e -> {
            try {
                FormErrors.clear(fields);
                technical.addImage(offerId(), plan.planId(), new ImageVersion(version.getValue(), family.getValue(),
                        osName.getValue(), vhd.getValue(), gallery.getValue()));
                Notify.success("technical.saved");
                render();
            } catch (PortalException ex) {
                FormErrors.show(this, ex, fields);
            }
        });
        add.setId("technical-add-image-" + plan.planId());
        VerticalLayout box = new VerticalLayout(new Span(getTranslation("technical.vm.new-image")), form, add);
        box.setPadding(false);
        return box;
    }

    private Component settingsForm(VmPlanConfiguration plan, boolean editable) {
        MultiSelectComboBox<String> sizes = new MultiSelectComboBox<>(getTranslation("technical.field.recommendedSizes"));
        sizes.setItems(VmSizes.KNOWN);
        sizes.setValue(new java.util.LinkedHashSet<>(plan.settings().recommendedSizes()));
        sizes.setHelperText(getTranslation("technical.help.recommendedSizes", VmSizes.MAX_RECOMMENDED));
        sizes.setReadOnly(!editable);
        sizes.setWidthFull();
        TextArea ports = new TextArea(getTranslation("technical.field.openPorts"));
        ports.setValue(String.join("\n", plan.settings().openPorts().stream()
                .map(p -> p.port() + " " + p.protocol().name() + " " + p.name()).toList()));
        ports.setHelperText(getTranslation("technical.help.openPorts"));
        ports.setReadOnly(!editable);
        ports.setWidthFull();
        FormLayout form = form();
        form.add(sizes, ports);
        VerticalLayout box = new VerticalLayout(form);
        box.setPadding(false);
        if (editable) {
            Map<String, HasValidation> fields = Map.of("recommendedSizes", sizes, "openPorts", ports);
            Button save = new PortalButton(getTranslation("technical.vm.save-settings"), e -> {
                try {
                    FormErrors.clear(fields);
                    technical.savePlanSettings(offerId(), plan.planId(),
                            new VmPlanSettings(new ArrayList<>(sizes.getValue()), ports(ports.getValue())), plan.version());
                    Notify.success("technical.saved");
                    render();
                } catch (PortalException ex) {
                    FormErrors.show(this, ex, fields);
                }
            });
            save.setId("technical-save-settings-" + plan.planId());
            box.add(save);
        }
        return box;
    }

    /** One port a line: {@code 443 TCP HTTPS}; a line that does not read so is refused with its number. */
    private static List<OpenPort> ports(String text) {
        List<OpenPort> ports = new ArrayList<>();
        String[] lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] parts = line.split("\\s+", 3);
            try {
                ports.add(new OpenPort(Integer.parseInt(parts[0]), PortProtocol.valueOf(parts[1].toUpperCase(java.util.Locale.ROOT)),
                        parts.length > 2 ? parts[2] : null));
            } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
                throw new com.publisherportal.common.ValidationException("openPorts", "technical.port-line", i + 1);
            } catch (IllegalArgumentException e) {
                throw new com.publisherportal.common.ValidationException("openPorts", "technical.port-line", i + 1);
            }
        }
        return ports;
    }
}
