package com.publisherportal.insights.ui;

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
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.util.List;

/** Page visits and calls to action per day, offer, country, referral domain and campaign link ({@link Reports#MARKETPLACE}). */
@Route("insights/marketplace")
@RolesAllowed({Roles.OWNER, Roles.MANAGER, Roles.FINANCIAL, Roles.MARKETER})
public class MarketplaceView extends InsightGridView<VisitRow> implements TitledView {

    private final Grid<CampaignFigures> campaigns = new Grid<>();
    private final Image chart = new Image();

    public MarketplaceView(InsightService insights, OfferService offers, CurrentUser currentUser) {
        super(Reports.MARKETPLACE, insights, offers, currentUser);
        campaigns.setId("insights-campaigns");
        campaigns.addThemeVariants(GridVariant.LUMO_COMPACT);
        campaigns.setAllRowsVisible(true);
        campaigns.addColumn(c -> c.source().isEmpty() ? getTranslation("insights.campaign.none") : c.source())
                .setHeader(getTranslation("insights.col.campaignSource"));
        campaigns.addColumn(CampaignFigures::campaignId).setHeader(getTranslation("insights.col.campaignId"));
        campaigns.addColumn(c -> com.publisherportal.common.ui.Formats.number(c.pageVisits()))
                .setHeader(getTranslation("insights.col.pageVisits"));
        campaigns.addColumn(c -> com.publisherportal.common.ui.Formats.number(c.callsToAction()))
                .setHeader(getTranslation("insights.kpi.calls-to-action"));
        campaigns.addColumn(c -> c.callToActionRate() == null ? "" : decimal(c.callToActionRate()) + " %")
                .setHeader(getTranslation("insights.col.callToActionRate"));
        chart.addClassName("insights-chart");
        chart.setAlt(getTranslation("insights.chart.campaigns"));
        HorizontalLayout row = new HorizontalLayout(chart, campaigns);
        row.setWidthFull();
        row.setWrap(true);
        extra().add(row);
        refreshExtra();
    }

    @Override
    protected void refreshExtra() {
        List<CampaignFigures> figures = insights.campaigns(accountId, filters.range(), filters.slice());
        campaigns.setItems(figures);
        List<String> names = figures.stream().map(c -> c.source().isEmpty() ? getTranslation("insights.campaign.none")
                : c.source() + " / " + c.campaignId()).toList();
        chart.setSrc(Charts.dataUrl(Charts.barChart(getTranslation("insights.chart.campaigns"), names,
                figures.stream().map(CampaignFigures::pageVisits).toList(), getTranslation("insights.col.pageVisits"),
                getLocale(), 520, 260)));
    }

    @Override
    public String titleKey() {
        return report.titleKey();
    }
}
