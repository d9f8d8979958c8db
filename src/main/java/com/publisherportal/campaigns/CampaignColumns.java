package com.publisherportal.campaigns;

import com.publisherportal.common.export.ColumnModel;
import com.publisherportal.common.export.ColumnType;
import com.publisherportal.common.export.ExportColumn;

/** The campaigns grid's columns, shared with its exports. */
public final class CampaignColumns {

    public static final ColumnModel<TrackingRepository.CampaignRow> MODEL = new ColumnModel<>(
            new ExportColumn<>("offerName", "OfferName", "campaigns.col.offer", ColumnType.TEXT, 30, TrackingRepository.CampaignRow::offerName),
            new ExportColumn<>("src", "Source", "campaigns.col.source", ColumnType.TEXT, 14, TrackingRepository.CampaignRow::src),
            new ExportColumn<>("mktcmpid", "CampaignId", "campaigns.col.campaign", ColumnType.TEXT, 18, TrackingRepository.CampaignRow::mktcmpid),
            new ExportColumn<>("visits", "PageVisits", "campaigns.col.visits", ColumnType.INTEGER, 12, TrackingRepository.CampaignRow::visits),
            new ExportColumn<>("uniqueVisitors", "UniqueVisitors", "campaigns.col.visitors", ColumnType.INTEGER, 14, TrackingRepository.CampaignRow::uniqueVisitors),
            new ExportColumn<>("actions", "CallsToAction", "campaigns.col.actions", ColumnType.INTEGER, 14, TrackingRepository.CampaignRow::actions),
            new ExportColumn<>("ctaPercent", "CallToActionRate", "campaigns.col.cta", ColumnType.DECIMAL, 14,
                    r -> Math.round(r.ctaPercent() * 100) / 100.0),
            new ExportColumn<>("leads", "Leads", "campaigns.col.leads", ColumnType.INTEGER, 10, TrackingRepository.CampaignRow::leads));

    private CampaignColumns() {
    }
}
