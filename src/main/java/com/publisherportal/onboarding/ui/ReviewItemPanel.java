package com.publisherportal.onboarding.ui;

import com.publisherportal.onboarding.QueueKind;
import com.vaadin.flow.component.Component;
import org.springframework.modulith.NamedInterface;

/**
 * A part of a review item that another module provides (its conversation), shown to staff on the
 * review page and to the publisher on the page of their nomination, registration or offer.
 */
@NamedInterface("offer-page")
public interface ReviewItemPanel {

    Component panel(QueueKind kind, long itemId);
}
