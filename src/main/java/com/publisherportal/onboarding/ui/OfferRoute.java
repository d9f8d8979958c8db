package com.publisherportal.onboarding.ui;

import com.publisherportal.common.NotFoundException;
import com.publisherportal.onboarding.OfferService;
import com.vaadin.flow.router.BeforeEnterEvent;

import java.util.OptionalLong;

/** The offer named by a route's {@code :offerId}, if the caller may see it; otherwise the page is a 404. */
public final class OfferRoute {

    private OfferRoute() {
    }

    public static OptionalLong offerId(BeforeEnterEvent event, OfferService offers) {
        long offerId = event.getRouteParameters().getLong("offerId").orElse(-1L);
        try {
            offers.offer(offerId);
            return OptionalLong.of(offerId);
        } catch (NotFoundException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
            return OptionalLong.empty();
        }
    }
}
