package com.publisherportal.insights;

import com.publisherportal.common.export.ColumnType;

import static com.publisherportal.insights.ReportColumn.IndexedAfter.OFFER;
import static com.publisherportal.insights.ReportDefinition.date;

/**
 * Marketplace insights: page visits and calls to action per day, offer, country, referral domain
 * and campaign link. Visits are anonymous, so only the market and offer slices apply.
 */
final class MarketplaceReport {

    private MarketplaceReport() {
    }

    static ReportDefinition<VisitRow> definition() {
        return ReportDefinition.<VisitRow>builder("insights", "insights/marketplace")
                .readers(Reports.NON_FINANCIAL_READERS)
                .from("insight_visit r", """
                        r.id, r.visit_date, r.offer_name, r.referral_domain, r.country, r.campaign_src, r.campaign_id,
                        r.page_visits, r.get_it_now, r.contact_me, r.test_drive, r.free_trial""")
                .rangeOn("r.visit_date")
                .slicedBy(SliceColumns.none().market("r.country").offer("r.offer_ref"))
                .searchIn("r.referral_domain", "r.campaign_src", "r.campaign_id")
                .column(ReportColumn.<VisitRow>of("date", "Date", ColumnType.DATE, 12, VisitRow::date)
                        .sortBy("r.visit_date").indexedAfter(OFFER))
                .column(ReportColumn.<VisitRow>of("offerName", "OfferName", ColumnType.TEXT, 28, VisitRow::offerName)
                        .sortBy("r.offer_name"))
                .column(ReportColumn.<VisitRow>of("referralDomain", "ReferralDomain", ColumnType.TEXT, 22, VisitRow::referralDomain)
                        .sortBy("r.referral_domain"))
                .column(ReportColumn.country("country", "CountryName", 16, VisitRow::country))
                .column(ReportColumn.<VisitRow>of("campaignSource", "CampaignSource", ColumnType.TEXT, 12, VisitRow::campaignSource)
                        .sortBy("r.campaign_src"))
                .column(ReportColumn.<VisitRow>of("campaignId", "CampaignId", ColumnType.TEXT, 16, VisitRow::campaignId)
                        .sortBy("r.campaign_id"))
                .column(ReportColumn.<VisitRow>of("pageVisits", "PageVisits", ColumnType.INTEGER, 10, VisitRow::pageVisits)
                        .sortBy("r.page_visits"))
                .column(ReportColumn.<VisitRow>of("getItNow", "GetItNow", ColumnType.INTEGER, 8, VisitRow::getItNow)
                        .sortBy("r.get_it_now"))
                .column(ReportColumn.<VisitRow>of("contactMe", "ContactMe", ColumnType.INTEGER, 8, VisitRow::contactMe)
                        .sortBy("r.contact_me"))
                .column(ReportColumn.<VisitRow>of("testDrive", "TestDrive", ColumnType.INTEGER, 8, VisitRow::testDrive)
                        .sortBy("r.test_drive"))
                .column(ReportColumn.<VisitRow>of("freeTrial", "FreeTrial", ColumnType.INTEGER, 8, VisitRow::freeTrial)
                        .sortBy("r.free_trial"))
                .column(ReportColumn.<VisitRow>of("callToActionRate", "CallToActionRate", ColumnType.DECIMAL, 10,
                                VisitRow::callToActionRate)
                        .sortBy("CASE WHEN r.page_visits = 0 THEN NULL"
                                + " ELSE (r.get_it_now + r.contact_me + r.test_drive + r.free_trial) * 1.0 / r.page_visits END")
                        .nullable()
                        .shownAsPercent())
                .defaultSort("date")
                .rows((rs, i) -> new VisitRow(rs.getLong("id"), date(rs, "visit_date"), rs.getString("offer_name"),
                        rs.getString("referral_domain"), rs.getString("country"), rs.getString("campaign_src"),
                        rs.getString("campaign_id"), rs.getInt("page_visits"), rs.getInt("get_it_now"),
                        rs.getInt("contact_me"), rs.getInt("test_drive"), rs.getInt("free_trial")))
                .build();
    }
}
