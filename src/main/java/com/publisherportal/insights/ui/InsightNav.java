package com.publisherportal.insights.ui;

import com.publisherportal.insights.ReportDefinition;
import com.publisherportal.insights.Reports;
import com.publisherportal.security.AccountRole;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Nav;

import java.util.LinkedHashMap;
import java.util.Map;

/** Links to the summary and the reports the user's role may read (their definitions say which); the current one is marked. */
public class InsightNav extends Nav {

    public InsightNav(AccountRole role, String current) {
        addClassName("insights-nav");
        Map<String, String> links = new LinkedHashMap<>();
        if (Reports.SUMMARY_READERS.contains(role)) {
            links.put(Reports.SUMMARY_ROUTE, "insights.nav.summary");
        }
        for (ReportDefinition<?> report : Reports.all()) {
            if (report.allows(role)) {
                links.put(report.route(), report.navKey());
            }
        }
        // Definitions only: every reader may open the glossary.
        links.put(GlossaryView.ROUTE, "glossary.nav");
        links.forEach((path, key) -> {
            Anchor link = new Anchor(path, getTranslation(key));
            link.setId("insights-nav-" + path.replace('/', '-'));
            if (path.equals(current)) {
                link.addClassName("current");
            }
            add(link);
        });
    }
}
