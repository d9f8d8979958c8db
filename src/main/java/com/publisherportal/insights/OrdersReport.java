package com.publisherportal.insights;

import com.publisherportal.common.export.ColumnType;

import static com.publisherportal.insights.ReportColumn.IndexedAfter.MARKET;
import static com.publisherportal.insights.ReportColumn.IndexedAfter.OFFER;
import static com.publisherportal.insights.ReportDefinition.date;

/** Orders as Partner Center's orders report lists them; they carry revenue. */
final class OrdersReport {

    private OrdersReport() {
    }

    static ReportDefinition<OrderRow> definition() {
        return ReportDefinition.<OrderRow>builder("orders", "insights/orders")
                .readers(Reports.MONEY_READERS)
                .from("insight_order r", """
                        r.id, r.offer_ref, r.offer_name, r.offer_type, r.marketplace_subscription_id, r.month_start,
                        r.azure_license_type, r.marketplace_license_type, r.sku, r.customer_country, r.order_id,
                        r.order_quantity, r.order_status, r.purchase_date, r.cancel_date, r.trial_end_date, r.is_new_customer, r.source""")
                .rangeOn("r.purchase_date")
                .slicedBy(SliceColumns.none().market("r.customer_country").offer("r.offer_ref")
                        .azureLicenseType("r.azure_license_type").marketplaceLicenseType("r.marketplace_license_type")
                        .sku("r.sku").newCustomer("r.is_new_customer"))
                .searchIn("r.order_id", "r.marketplace_subscription_id")
                .column(ReportColumn.<OrderRow>of("purchaseDate", "OrderPurchaseDate", ColumnType.DATE, 12, OrderRow::purchaseDate)
                        .sortBy("r.purchase_date").indexedAfter(MARKET, OFFER))
                .column(ReportColumn.<OrderRow>of("offerName", "OfferName", ColumnType.TEXT, 28, OrderRow::offerName)
                        .sortBy("r.offer_name"))
                .column(ReportColumn.<OrderRow>of("offerType", "OfferType", ColumnType.TEXT, 18, OrderRow::offerType)
                        .sortBy("r.offer_type").shownAsMessage(r -> "offer-type." + r.offerType()))
                .column(ReportColumn.<OrderRow>of("sku", "Sku", ColumnType.TEXT, 16, OrderRow::sku).sortBy("r.sku"))
                .column(ReportColumn.country("customerCountry", "CustomerCountry", 16, OrderRow::customerCountry))
                .column(ReportColumn.<OrderRow>of("azureLicenseType", "AzureLicenseType", ColumnType.TEXT, 24,
                                r -> r.azureLicenseType().partnerCenterName())
                        .sortBy("r.azure_license_type").shownAsMessage(r -> r.azureLicenseType().messageKey()))
                .column(ReportColumn.<OrderRow>of("marketplaceLicenseType", "MarketplaceLicenseType", ColumnType.TEXT, 22,
                                r -> r.marketplaceLicenseType().partnerCenterName())
                        .sortBy("r.marketplace_license_type").shownAsMessage(r -> r.marketplaceLicenseType().messageKey()))
                .column(ReportColumn.<OrderRow>of("orderQuantity", "OrderQuantity", ColumnType.INTEGER, 8, OrderRow::orderQuantity)
                        .sortBy("r.order_quantity"))
                .column(ReportColumn.<OrderRow>of("orderStatus", "OrderStatus", ColumnType.TEXT, 10, OrderRow::orderStatus)
                        .sortBy("r.order_status").shownAsMessage(r -> "insights.order-status." + r.orderStatus()))
                .column(ReportColumn.<OrderRow>of("cancelDate", "OrderCancelDate", ColumnType.DATE, 12, OrderRow::cancelDate)
                        .sortBy("r.cancel_date").nullable())
                .column(ReportColumn.<OrderRow>of("trialEndDate", "TrialEndDate", ColumnType.DATE, 12, OrderRow::trialEndDate)
                        .sortBy("r.trial_end_date").nullable().hidden())
                .column(ReportColumn.<OrderRow>of("newCustomer", "IsNewCustomer", ColumnType.BOOLEAN, 6, OrderRow::newCustomer)
                        .sortBy("r.is_new_customer"))
                .column(ReportColumn.<OrderRow>of("source", "Source", ColumnType.TEXT, 10, r -> r.source().name())
                        .sortBy("r.source").shownAsMessage(r -> "insights.source." + r.source().name()))
                .column(ReportColumn.<OrderRow>of("monthStart", "MonthStartDate", ColumnType.DATE, 12, OrderRow::monthStart)
                        .sortBy("r.month_start").hidden())
                .column(ReportColumn.<OrderRow>of("orderId", "OrderId", ColumnType.TEXT, 36, OrderRow::orderId)
                        .sortBy("r.order_id").hidden())
                .column(ReportColumn.<OrderRow>of("marketplaceSubscriptionId", "MarketplaceSubscriptionId", ColumnType.TEXT, 36,
                                OrderRow::marketplaceSubscriptionId)
                        .sortBy("r.marketplace_subscription_id").hidden())
                .defaultSort("purchaseDate")
                .rows((rs, i) -> new OrderRow(rs.getLong("id"), rs.getLong("offer_ref"), rs.getString("offer_name"),
                        rs.getString("offer_type"), rs.getString("marketplace_subscription_id"), date(rs, "month_start"),
                        AzureLicenseType.valueOf(rs.getString("azure_license_type")),
                        MarketplaceLicenseType.valueOf(rs.getString("marketplace_license_type")), rs.getString("sku"),
                        rs.getString("customer_country"), rs.getString("order_id"), rs.getInt("order_quantity"),
                        rs.getString("order_status"), date(rs, "purchase_date"), date(rs, "cancel_date"),
                        date(rs, "trial_end_date"), rs.getBoolean("is_new_customer"),
                        RowSource.valueOf(rs.getString("source"))))
                .build();
    }
}
