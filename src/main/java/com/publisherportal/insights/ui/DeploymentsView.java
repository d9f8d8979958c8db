package com.publisherportal.insights.ui;

import com.publisherportal.insights.DeploymentRow;
import com.publisherportal.common.ui.Charts;
import com.publisherportal.insights.InsightService;
import com.publisherportal.insights.Reports;
import com.publisherportal.onboarding.OfferService;
import com.publisherportal.security.CurrentUser;
import com.publisherportal.security.Roles;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/** New deployments reported under the account's tracking GUIDs (docs/domain.md, Customer usage attribution), per month and per day ({@link Reports#DEPLOYMENTS}). */
@Route("insights/deployments")
@Menu(title = "nav.insights.deployments", order = 36, icon = "vaadin:cloud-upload")
@RolesAllowed({Roles.OWNER, Roles.MANAGER, Roles.FINANCIAL, Roles.MARKETER, Roles.DEVELOPER})
public class DeploymentsView extends InsightGridView<DeploymentRow> {

    private final Image chart = new Image();

    public DeploymentsView(InsightService insights, OfferService offers, CurrentUser currentUser) {
        super(Reports.DEPLOYMENTS, insights, offers, currentUser);
        chart.addClassName("insights-chart");
        chart.setAlt(getTranslation("insights.chart.deployments"));
        extra().add(chart);
        refreshExtra();
    }

    @Override
    protected void refreshExtra() {
        Map<YearMonth, Long> byMonth = insights.deploymentsByMonth(accountId, filters.range(), filters.slice());
        DateTimeFormatter label = DateTimeFormatter.ofPattern("MMM yyyy", getLocale());
        List<YearMonth> months = filters.range().months();
        Charts.Series series = new Charts.Series(getTranslation("insights.col.deployments"), Charts.BLUE,
                months.stream().map(m -> byMonth.getOrDefault(m, 0L)).toList());
        chart.setSrc(Charts.dataUrl(Charts.lineChart(getTranslation("insights.chart.deployments"),
                months.stream().map(label::format).toList(), List.of(series), Charts.Scale.COUNT, getLocale(), 720, 240)));
    }
}
