package com.publisherportal.insights;

import com.publisherportal.common.export.ColumnType;

import static com.publisherportal.insights.ReportColumn.IndexedAfter.MARKET;
import static com.publisherportal.insights.ReportColumn.IndexedAfter.OFFER;
import static com.publisherportal.insights.ReportDefinition.date;

/**
 * Daily usage per subscription, as Partner Center's usage report lists it: the table of
 * millions of rows, so the grid sorts on screen only where an index serves the sort (V6, V10).
 */
final class UsageReport {

    private UsageReport() {
    }

    static ReportDefinition<UsageRow> definition() {
        return ReportDefinition.<UsageRow>builder("usage", "insights/usage")
                .readers(Reports.MONEY_READERS)
                .from("insight_usage r", """
                        r.id, r.usage_date, r.offer_name, r.sku, r.vm_size, r.customer_country, r.azure_license_type,
                        r.marketplace_license_type, r.is_new_customer, r.normalized_usage, r.raw_usage, r.metered_usage,
                        r.usage_unit, r.estimated_charge, r.marketplace_subscription_id, r.source""")
                .rangeOn("r.usage_date")
                .slicedBy(SliceColumns.none().market("r.customer_country").offer("r.offer_ref")
                        .azureLicenseType("r.azure_license_type").marketplaceLicenseType("r.marketplace_license_type")
                        .sku("r.sku").newCustomer("r.is_new_customer"))
                .searchIn("r.marketplace_subscription_id")
                .column(ReportColumn.<UsageRow>of("usageDate", "UsageDate", ColumnType.DATE, 12, UsageRow::usageDate)
                        .sortBy("r.usage_date").indexedAfter(MARKET, OFFER))
                .column(ReportColumn.<UsageRow>of("offerName", "OfferName", ColumnType.TEXT, 28, UsageRow::offerName)
                        .sortBy("r.offer_name"))
                .column(ReportColumn.<UsageRow>of("sku", "SKU", ColumnType.TEXT, 16, UsageRow::sku).sortBy("r.sku"))
                .column(ReportColumn.<UsageRow>of("vmSize", "VMSize", ColumnType.TEXT, 16, UsageRow::vmSize).sortBy("r.vm_size").nullable())
                .column(ReportColumn.country("customerCountry", "CustomerCountry", 16, UsageRow::customerCountry))
                .column(ReportColumn.<UsageRow>of("azureLicenseType", "AzureLicenseType", ColumnType.TEXT, 24,
                                r -> r.azureLicenseType().partnerCenterName())
                        .sortBy("r.azure_license_type").shownAsMessage(r -> r.azureLicenseType().messageKey()))
                .column(ReportColumn.<UsageRow>of("marketplaceLicenseType", "MarketplaceLicenseType", ColumnType.TEXT, 22,
                                r -> r.marketplaceLicenseType().partnerCenterName())
                        .sortBy("r.marketplace_license_type").shownAsMessage(r -> r.marketplaceLicenseType().messageKey()))
                .column(ReportColumn.<UsageRow>of("newCustomer", "IsNewCustomer", ColumnType.BOOLEAN, 6, UsageRow::newCustomer)
                        .sortBy("r.is_new_customer"))
                .column(ReportColumn.<UsageRow>of("normalizedUsage", "NormalizedUsage", ColumnType.DECIMAL, 12,
                        UsageRow::normalizedUsage).sortBy("r.normalized_usage"))
                .column(ReportColumn.<UsageRow>of("rawUsage", "RawUsage", ColumnType.DECIMAL, 12, UsageRow::rawUsage)
                        .sortBy("r.raw_usage").hidden())
                .column(ReportColumn.<UsageRow>of("meteredUsage", "MeteredUsage", ColumnType.DECIMAL, 12, UsageRow::meteredUsage)
                        .sortBy("r.metered_usage").hidden())
                .column(ReportColumn.<UsageRow>of("usageUnit", "UsageUnit", ColumnType.TEXT, 8, UsageRow::usageUnit)
                        .sortBy("r.usage_unit").hidden())
                .column(ReportColumn.<UsageRow>of("estimatedCharge", "EstimatedExtendedChargePC", ColumnType.DECIMAL, 14,
                                UsageRow::estimatedCharge)
                        .sortBy("r.estimated_charge").indexedAfter(MARKET)
                        .h2SortIndex("ix_insight_usage_charge", "ix_insight_usage_country_charge"))
                .column(ReportColumn.<UsageRow>of("marketplaceSubscriptionId", "MarketplaceSubscriptionId", ColumnType.TEXT, 36,
                                UsageRow::marketplaceSubscriptionId)
                        .sortBy("r.marketplace_subscription_id").hidden())
                .column(ReportColumn.<UsageRow>of("source", "Source", ColumnType.TEXT, 10, r -> r.source().name())
                        .sortBy("r.source").shownAsMessage(r -> "insights.source." + r.source().name()))
                .screenSortsOnly("usageDate", "estimatedCharge")
                .defaultSort("usageDate")
                // By position, in the select list's order: looking 16 names up per row took a tenth of
                // a million-row export's time (issue 20).
                .rows((rs, i) -> new UsageRow(rs.getLong(1), date(rs, 2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6),
                        AzureLicenseType.valueOf(rs.getString(7)),
                        MarketplaceLicenseType.valueOf(rs.getString(8)),
                        rs.getBoolean(9), rs.getBigDecimal(10), rs.getBigDecimal(11),
                        rs.getBigDecimal(12), rs.getString(13), rs.getBigDecimal(14),
                        rs.getString(15), RowSource.valueOf(rs.getString(16))))
                .build();
    }
}
