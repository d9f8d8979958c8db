package com.publisherportal.campaigns;

import com.publisherportal.common.export.ColumnModel;
import com.publisherportal.common.export.ColumnType;
import com.publisherportal.common.export.ExportColumn;

/** The campaigns grid's columns, shared with its exports. */
public final class CampaignColumns {

    public static final ColumnModel<CampaignRow> MODEL = new ColumnModel<>(
            new ExportColumn<>("offerName", "OfferName", "campaigns.col.offer", ColumnType.TEXT, 30, CampaignRow::offerName),
            new ExportColumn<>("src", "Source", "campaigns.col.source", ColumnType.TEXT, 14, CampaignRow::src),
            new ExportColumn<>("mktcmpid", "CampaignId", "campaigns.col.campaign", ColumnType.TEXT, 18, CampaignRow::mktcmpid),
            new ExportColumn<>("visits", "PageVisits", "campaigns.col.visits", ColumnType.INTEGER, 12, CampaignRow::visits),
            new ExportColumn<>("uniqueVisitors", "UniqueVisitors", "campaigns.col.visitors", ColumnType.INTEGER, 14, CampaignRow::uniqueVisitors),
            new ExportColumn<>("actions", "CallsToAction", "campaigns.col.actions", ColumnType.INTEGER, 14, CampaignRow::actions),
            new ExportColumn<>("ctaPercent", "CallToActionRate", "campaigns.col.cta", ColumnType.DECIMAL, 14,
                    r -> Math.round(r.ctaPercent() * 100) / 100.0),
            new ExportColumn<>("leads", "Leads", "campaigns.col.leads", ColumnType.INTEGER, 10, CampaignRow::leads));

    private CampaignColumns() {
    }
}
