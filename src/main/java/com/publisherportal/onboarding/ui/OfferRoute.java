package com.publisherportal.onboarding.ui;

import com.publisherportal.common.NotFoundException;
import com.publisherportal.onboarding.Offer;
import com.publisherportal.onboarding.OfferService;
import com.vaadin.flow.router.BeforeEnterEvent;

import java.util.Optional;

/**
 * The offer named by a route's {@code :offerId}, if the caller may see it (the page renders
 * with it, so a navigation reads the offer once); otherwise the page is a 404.
 */
final class OfferRoute {

    private OfferRoute() {
    }

    static Optional<Offer> offer(BeforeEnterEvent event, OfferService offers) {
        long offerId = event.getRouteParameters().getLong("offerId").orElse(-1L);
        try {
            return Optional.of(offers.offer(offerId));
        } catch (NotFoundException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
            return Optional.empty();
        }
    }
}
