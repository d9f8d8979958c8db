package com.publisherportal.common.ui;

import com.vaadin.flow.component.html.Span;

/** A small coloured label for a status. */
public final class Badge {

    public enum Tone { NEUTRAL, GOOD, WARN, BAD, INFO }

    private Badge() {
    }

    public static Span of(String text, Tone tone) {
        Span badge = new Span(text);
        badge.addClassNames("portal-badge", "portal-badge-" + tone.name().toLowerCase(java.util.Locale.ROOT));
        return badge;
    }
}
