package com.publisherportal.onboarding.ui;

import com.publisherportal.onboarding.Offer;
import com.vaadin.flow.component.Component;
import org.springframework.modulith.NamedInterface;

import java.util.Optional;

/**
 * What a reviewer sees of an offer beside its details that another module owns (its plans and
 * prices, its technical configuration), read-only, so the review page does not depend on those
 * modules. Spring beans; shown in {@link #order()}.
 */
@NamedInterface("offer-page")
public interface OfferReviewSection {

    /** Position among the sections, lower first. */
    int order();

    /** The section for this offer as it is now, or nothing when it has nothing to show. */
    Optional<Component> section(Offer offer);
}
