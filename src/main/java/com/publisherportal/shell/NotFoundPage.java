package com.publisherportal.shell;

import com.publisherportal.common.ui.TitledView;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The portal's own "page not found", inside the main layout: the same page for an address that
 * does not exist and for something that is not the user's to see (another publisher's offer, a
 * page of another role), so nothing leaks, and never Vaadin's developer page with its list of
 * routes. Subclasses are the error views of the exceptions that mean "not found" here.
 */
abstract class NotFoundPage extends VerticalLayout implements TitledView {

    NotFoundPage() {
        addClassName("portal-page");
        addClassName("portal-not-found");
        setId("not-found");
    }

    /** Fills the page and returns the HTTP status of the navigation. */
    int show() {
        removeAll();
        H2 heading = new H2(getTranslation("not-found.heading"));
        Paragraph text = new Paragraph(getTranslation("not-found.text"));
        Anchor dashboard = new Anchor("", getTranslation("not-found.dashboard"));
        dashboard.setId("not-found-dashboard");
        add(heading, text, dashboard);
        return HttpServletResponse.SC_NOT_FOUND;
    }

    @Override
    public String titleKey() {
        return "not-found.title";
    }
}
