package com.publisherportal.insights.ui;

import com.publisherportal.common.ui.PortalGrid;
import com.publisherportal.common.ui.Formats;
import com.publisherportal.common.ui.ResponsiveChart;
import com.publisherportal.common.ui.TitledView;
import com.publisherportal.insights.CampaignFigures;
import com.publisherportal.common.ui.Charts;
import com.publisherportal.insights.InsightService;
import com.publisherportal.insights.Reports;
import com.publisherportal.insights.VisitRow;
import com.publisherportal.onboarding.OfferService;
import com.publisherportal.security.CurrentUser;
import com.publisherportal.security.Roles;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.util.List;
import java.util.Locale;

/** Page visits and calls to action per day, offer, country, referral domain and campaign link ({@link Reports#MARKETPLACE}). */
@Route("insights/marketplace")
@RolesAllowed({Roles.OWNER, Roles.MANAGER, Roles.FINANCIAL, Roles.MARKETER})
public class MarketplaceView extends InsightGridView<VisitRow> implements TitledView {

    private final Grid<CampaignFigures> campaigns = new PortalGrid<>();
    private final ResponsiveChart chart;

    public MarketplaceView(InsightService insights, OfferService offers, CurrentUser currentUser) {
        super(Reports.MARKETPLACE, insights, offers, currentUser);
        campaigns.setId("insights-campaigns");
        campaigns.addThemeVariants(GridVariant.LUMO_COMPACT);
        campaigns.setAllRowsVisible(true);
        campaigns.addColumn(c -> c.source().isEmpty() ? getTranslation("insights.campaign.none") : c.source())
                .setHeader(getTranslation("insights.col.campaignSource"));
        campaigns.addColumn(CampaignFigures::campaignId).setHeader(getTranslation("insights.col.campaignId"));
        campaigns.addColumn(c -> Formats.number(c.pageVisits()))
                .setHeader(getTranslation("insights.col.pageVisits")).setTextAlign(ColumnTextAlign.END);
        campaigns.addColumn(c -> Formats.number(c.callsToAction()))
                .setHeader(getTranslation("insights.kpi.calls-to-action")).setTextAlign(ColumnTextAlign.END);
        campaigns.addColumn(c -> InsightsView.rate(c.callToActionRate()))
                .setHeader(getTranslation("insights.col.callToActionRate")).setTextAlign(ColumnTextAlign.END);
        chart = new ResponsiveChart("insights-campaigns-chart", getTranslation("insights.chart.campaigns"));
        extra().setWidthFull();
        extra().add(note("insights.campaigns.note"), chart, campaigns);
        refreshExtra();
    }

    @Override
    protected void refreshExtra() {
        List<CampaignFigures> figures = insights.campaigns(accountId, filters.range(), filters.slice());
        campaigns.setItems(figures);
        List<String> names = figures.stream().map(c -> c.campaignId().isEmpty() ? getTranslation("insights.campaign.none")
                : getTranslation("insights.campaign.label", c.campaignId(), c.source().isEmpty() ? "–" : c.source()))
                .toList();
        Charts.Series visits = InsightMeasure.PAGE_VISITS.series(getTranslation("insights.col.pageVisits"),
                figures.stream().map(CampaignFigures::pageVisits).toList());
        String title = getTranslation("insights.chart.campaigns");
        Locale locale = getLocale();
        chart.set(() -> Charts.horizontalBarChart(title, names, visits, Charts.Scale.COUNT, locale, 1000),
                () -> Charts.horizontalBarChart(title, names, visits, Charts.Scale.COUNT, locale, 360));
    }

    @Override
    public String titleKey() {
        return report.titleKey();
    }
}
