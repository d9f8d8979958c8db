package com.publisherportal.campaigns.ui;

import com.publisherportal.campaigns.GoToMarketService;
import com.publisherportal.campaigns.LaunchTick;
import com.publisherportal.onboarding.Offer;
import com.publisherportal.onboarding.OfferStatus;
import com.publisherportal.onboarding.ui.OfferOverviewSection;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;

import java.util.List;
import java.util.Optional;

/** The launch checklist's progress on the overview of an offer in preview or live. */
@org.springframework.stereotype.Component
class LaunchProgressSection implements OfferOverviewSection {

    private final GoToMarketService goToMarket;

    LaunchProgressSection(GoToMarketService goToMarket) {
        this.goToMarket = goToMarket;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Optional<Component> section(Offer offer) {
        if (offer.status() != OfferStatus.LIVE && offer.status() != OfferStatus.PREVIEW) {
            return Optional.empty();
        }
        List<LaunchTick> launch = goToMarket.checklist(offer.id());
        Paragraph progress = new Paragraph(UI.getCurrent().getTranslation("offer.launch-progress",
                launch.stream().filter(LaunchTick::done).count(), launch.size()));
        progress.setId("launch-progress");
        return Optional.of(progress);
    }
}
