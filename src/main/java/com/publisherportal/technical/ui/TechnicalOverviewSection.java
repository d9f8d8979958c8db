package com.publisherportal.technical.ui;

import com.publisherportal.common.ui.Badge;
import com.publisherportal.onboarding.Offer;
import com.publisherportal.onboarding.ui.OfferOverviewSection;
import com.publisherportal.technical.TechnicalConfiguration;
import com.publisherportal.technical.TechnicalConfigurationService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import java.util.Optional;

/**
 * On the offer's overview (read by its members and by staff certifying it): whether the technical
 * configuration is complete, and for an Azure application the package's version with the verdict
 * of its customer usage attribution check.
 */
@org.springframework.stereotype.Component
class TechnicalOverviewSection implements OfferOverviewSection {

    private final TechnicalConfigurationService technical;

    TechnicalOverviewSection(TechnicalConfigurationService technical) {
        this.technical = technical;
    }

    @Override
    public int order() {
        return 5;
    }

    @Override
    public Optional<Component> section(Offer offer) {
        if (TechnicalConfiguration.kindOf(offer.offerType()) == TechnicalConfiguration.Kind.NOTHING) {
            return Optional.empty();
        }
        UI ui = UI.getCurrent();
        TechnicalConfiguration configuration = technical.configuration(offer.id());
        int missing = technical.check(offer).size();
        Div box = new Div();
        box.setId("technical-overview");
        Anchor link = new Anchor("offers/" + offer.id() + "/technical", ui.getTranslation("technical.title"));
        box.add(link, new Span(" "), missing == 0
                ? Badge.of(ui.getTranslation("technical.overview.complete"), Badge.Tone.GOOD)
                : Badge.of(ui.getTranslation("technical.overview.missing", missing), Badge.Tone.WARN));
        configuration.appPackage().ifPresent(p -> box.add(new Div(new Span(ui.getTranslation("technical.overview.package",
                p.version(), ui.getTranslation("technical.verdict." + p.verdict().name()))))));
        return Optional.of(box);
    }
}
