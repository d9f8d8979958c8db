package com.publisherportal.onboarding.ui;

import com.publisherportal.onboarding.Offer;
import com.vaadin.flow.component.Component;
import org.springframework.modulith.NamedInterface;

import java.util.Optional;

/**
 * A part of an offer's overview tab that another module provides (go-to-market's launch progress),
 * so the offer page does not depend on that module. Spring beans; shown in {@link #order()}.
 */
@NamedInterface("offer-page")
public interface OfferOverviewSection {

    /** Position among the sections, lower first. */
    int order();

    /** The section for this offer as it is now, or nothing when it has nothing to say. */
    Optional<Component> section(Offer offer);
}
