package com.publisherportal.insights.ui;

import com.publisherportal.common.ui.Markup;
import com.publisherportal.insights.ReportDefinition;
import com.publisherportal.insights.Reports;
import com.publisherportal.security.AccountRole;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.i18n.I18NProvider;
import org.jsoup.nodes.Element;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Links to the summary and the reports the user's role may read (their definitions say which); the
 * current one is marked. Plain links the router follows, written as markup (texts escaped by jsoup)
 * held by one component: a component per link kept about 1 KB each in every insights page (issue 20).
 */
public class InsightNav extends Html {

    public InsightNav(AccountRole role, String current) {
        super(markup(role, current));
    }

    private static String markup(AccountRole role, String current) {
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
        Element nav = Markup.root("nav").addClass("insights-nav");
        links.forEach((path, key) -> {
            Element link = nav.appendElement("a").attr("href", path).id("insights-nav-" + path.replace('/', '-'))
                    .text(I18NProvider.translate(key));
            if (path.equals(current)) {
                link.addClass("current");
            }
        });
        return nav.outerHtml();
    }
}
