package com.publisherportal.insights.ui;

import com.publisherportal.insights.ReportKind;
import com.publisherportal.security.AccountRole;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Nav;

import java.util.LinkedHashMap;
import java.util.Map;

/** Links between the insights views the user's role may open; the current one is marked. */
public class InsightNav extends Nav {

    public InsightNav(AccountRole role, String current) {
        addClassName("insights-nav");
        Map<String, String> links = new LinkedHashMap<>();
        if (role != AccountRole.DEVELOPER) {
            links.put("insights", "insights.nav.summary");
        }
        if (ReportKind.ORDERS.allows(role)) {
            links.put("insights/orders", "insights.nav.orders");
            links.put("insights/usage", "insights.nav.usage");
        }
        if (ReportKind.CUSTOMERS.allows(role)) {
            links.put("insights/customers", "insights.nav.customers");
            links.put("insights/marketplace", "insights.nav.marketplace");
        }
        links.put("insights/deployments", "insights.nav.deployments");
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
