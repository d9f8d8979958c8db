package com.publisherportal.common.ui;

import com.vaadin.flow.component.Component;

import java.util.List;
import java.util.Optional;

/**
 * A feature's part of the dashboard. Each feature module declares one as a Spring bean; the
 * dashboard shows the cards of every contribution in {@link #order()} and then their panels,
 * without knowing any feature. A contribution reads the signed-in user itself and returns nothing
 * for users it has nothing for. Called on the UI thread, so it may translate with the UI's locale.
 */
public interface DashboardContribution {

    /** Position among the contributions, lower first. */
    int order();

    /** Cards for the signed-in user, in order; empty when none apply. */
    List<DashboardCard> cards();

    /** A panel shown below the cards (for example recent activity), if any. */
    default Optional<Component> panel() {
        return Optional.empty();
    }
}
