package com.publisherportal.technical.ui;

import com.publisherportal.onboarding.Offer;
import com.publisherportal.onboarding.ui.OfferReviewSection;
import com.publisherportal.technical.AppPackage;
import com.publisherportal.technical.ImageVersion;
import com.publisherportal.technical.TechnicalConfiguration;
import com.publisherportal.technical.TechnicalConfigurationService;
import com.publisherportal.technical.VmPlanConfiguration;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

import java.util.Optional;

/**
 * On the review page: the offer's technical configuration, read-only (the SaaS connection, each
 * plan's images, the package with its attribution report, the container image).
 */
@org.springframework.stereotype.Component
class TechnicalReviewSection implements OfferReviewSection {

    private final TechnicalConfigurationService technical;

    TechnicalReviewSection(TechnicalConfigurationService technical) {
        this.technical = technical;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public Optional<Component> section(Offer offer) {
        if (TechnicalConfiguration.kindOf(offer.offerType()) == TechnicalConfiguration.Kind.NOTHING) {
            return Optional.empty();
        }
        UI ui = UI.getCurrent();
        TechnicalConfiguration c = technical.configuration(offer.id());
        Div body = new Div();
        int missing = technical.check(offer).size();
        body.add(new Paragraph(missing == 0 ? ui.getTranslation("technical.overview.complete")
                : ui.getTranslation("technical.overview.missing", missing)));
        switch (c.kind()) {
            case SAAS -> body.add(form(ui, "landingPageUrl", c.saas().landingPageUrl(), "webhookUrl", c.saas().webhookUrl(),
                    "tenantId", c.saas().tenantId(), "applicationId", c.saas().applicationId()));
            case CONTAINER_IMAGE -> body.add(form(ui, "imageRepository", c.containerImage().repository(),
                    "imageTag", c.containerImage().tag()));
            case AZURE_APPLICATION -> c.appPackage().ifPresent(p -> body.add(appPackage(ui, p)));
            case VIRTUAL_MACHINE -> c.vmPlans().forEach(plan -> body.add(vmPlan(ui, plan)));
            case NOTHING -> { }
        }
        Details details = new Details(new Span(ui.getTranslation("technical.title")), body);
        details.setId("review-technical");
        details.setWidthFull();
        details.setOpened(true);
        return Optional.of(details);
    }

    /** Label keys (technical.field.*) and values, in pairs; what the publisher wrote is shown as text. */
    private static FormLayout form(UI ui, String... fieldsAndValues) {
        FormLayout form = new FormLayout();
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            String value = fieldsAndValues[i + 1];
            form.addFormItem(new Span(value == null || value.isBlank() ? "—" : value),
                    ui.getTranslation("technical.field." + fieldsAndValues[i]));
        }
        return form;
    }

    private static Component appPackage(UI ui, AppPackage p) {
        Div box = new Div(form(ui, "package", p.fileName(), "packageVersion", p.version()),
                new Paragraph(ui.getTranslation("technical.overview.package", p.version(),
                        ui.getTranslation("technical.verdict." + p.verdict().name()))));
        UnorderedList findings = new UnorderedList();
        p.findings().forEach(f -> findings.add(new ListItem(ui.getTranslation(f.key(), f.arguments().toArray()))));
        box.add(findings);
        return box;
    }

    private static Component vmPlan(UI ui, VmPlanConfiguration plan) {
        Div box = new Div(new H4(plan.planName() + " (" + plan.planId() + ")"));
        UnorderedList images = new UnorderedList();
        for (ImageVersion image : plan.images()) {
            images.add(new ListItem(image.version() + " · " + ui.getTranslation(image.osFamily().messageKey()) + " · "
                    + image.osName() + " · " + (image.galleryImageId() != null ? image.galleryImageId() : image.vhdUrl())));
        }
        box.add(images, form(ui, "recommendedSizes", String.join(", ", plan.settings().recommendedSizes()),
                "openPorts", String.join(", ", plan.settings().openPorts().stream().map(Object::toString).toList())));
        return box;
    }
}
