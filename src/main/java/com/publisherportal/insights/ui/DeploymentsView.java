package com.publisherportal.insights.ui;

import com.publisherportal.insights.DeploymentRow;
import com.publisherportal.common.ui.ChartImage;
import com.publisherportal.common.ui.Charts;
import com.publisherportal.insights.InsightService;
import com.publisherportal.insights.Reports;
import com.publisherportal.onboarding.OfferService;
import com.publisherportal.security.CurrentUser;
import com.publisherportal.security.Roles;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** New deployments reported under the account's tracking GUIDs (docs/domain.md, Customer usage attribution), per month and per day ({@link Reports#DEPLOYMENTS}). */
@Route("insights/deployments")
@Menu(title = "nav.insights.deployments", order = 36, icon = "vaadin:cloud-upload")
@RolesAllowed({Roles.OWNER, Roles.MANAGER, Roles.FINANCIAL, Roles.MARKETER, Roles.DEVELOPER})
public class DeploymentsView extends InsightGridView<DeploymentRow> {

    private final ChartImage chart = new ChartImage();

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
        String title = getTranslation("insights.chart.deployments");
        List<String> labels = months.stream().map(label::format).toList();
        Locale locale = getLocale();
        chart.draw(() -> Charts.lineChart(title, labels, List.of(series), Charts.Scale.COUNT, locale, 720, 240));
    }
}
