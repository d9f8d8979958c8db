package com.publisherportal.insights.ui;

import com.publisherportal.common.ui.TitledView;
import com.publisherportal.insights.ReportColumn;
import com.publisherportal.insights.ReportDefinition;
import com.publisherportal.insights.Reports;
import com.publisherportal.security.CurrentUser;
import com.publisherportal.security.Roles;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * The insights glossary: every report with what it shows, and every column with its name in
 * exports (Partner Center's) and what it means. Definitions only, no figures, so every role that
 * reads any report reads all of it; the links lead to the reports the reader's role may open.
 */
@Route(GlossaryView.ROUTE)
@RolesAllowed({Roles.OWNER, Roles.MANAGER, Roles.FINANCIAL, Roles.MARKETER, Roles.DEVELOPER})
public class GlossaryView extends VerticalLayout implements TitledView {

    public static final String ROUTE = "insights/glossary";

    public GlossaryView(CurrentUser currentUser) {
        addClassName("portal-page");
        setId("insights-glossary");
        var role = currentUser.require().accountRole();
        add(new InsightNav(role, ROUTE), new H2(getTranslation("glossary.title")),
                new Paragraph(getTranslation("glossary.intro")));
        for (ReportDefinition<?> report : Reports.all()) {
            H3 title = new H3(getTranslation(report.navKey()));
            title.setId("glossary-" + report.name());
            Div section = new Div(title, new Paragraph(getTranslation(report.helpKey())));
            section.setId("glossary-section-" + report.name());
            if (report.allows(role)) {
                Anchor open = new Anchor(report.route(), getTranslation("glossary.open", getTranslation(report.navKey())));
                open.setId("glossary-open-" + report.name());
                section.add(open);
            }
            Element list = new Element("dl");
            list.setAttribute("id", "glossary-columns-" + report.name());
            list.getClassList().add("insights-definitions");
            for (ReportColumn<?> column : report.columns()) {
                Element term = new Element("dt");
                term.setText(getTranslation("glossary.term", getTranslation(column.headerKey()),
                        column.export().exportName()));
                Element definition = new Element("dd");
                definition.setText(getTranslation(column.definitionKey()));
                list.appendChild(term, definition);
            }
            section.getElement().appendChild(list);
            add(section);
        }
    }

    @Override
    public String titleKey() {
        return "glossary.title";
    }
}
