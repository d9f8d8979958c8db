package com.publisherportal.insights;

import com.publisherportal.common.export.ColumnType;
import com.publisherportal.security.AccountRole;

import java.util.Set;

import static com.publisherportal.insights.ReportColumn.IndexedAfter.MARKET;
import static com.publisherportal.insights.ReportDefinition.date;

/**
 * Customers with the 14 attributes of docs/domain.md, Insights: non-financial, so marketers read them too,
 * but names, e-mail, city and postal code only reach an account OWNER (see {@link CustomerRow}).
 * The range keeps those acquired before its end; licence, offer and SKU slices ask their orders.
 */
final class CustomersReport {

    private CustomersReport() {
    }

    static ReportDefinition<CustomerRow> definition() {
        return ReportDefinition.<CustomerRow>builder("customers", "insights/customers")
                .readers(Reports.NON_FINANCIAL_READERS)
                .personalDataInClearFor(Set.of(AccountRole.OWNER), CustomerRow::masked)
                .from("insight_customer r", """
                        r.id, r.reseller, r.first_name, r.last_name, r.email, r.company_name, r.transaction_date,
                        r.subscription_name, r.azure_subscription_id, r.cloud_instance_name, r.order_count, r.country,
                        r.city, r.communication_culture, r.zip_code""")
                .range((filter, where) -> {
                    where.and("r.transaction_date < :end");
                    switch (filter.slice().customerType()) {
                        case NEW -> where.and("r.transaction_date >= :start");
                        case EXISTING -> where.and("r.transaction_date < :start");
                        case ALL -> {
                        }
                    }
                })
                .slicedBy(SliceColumns.none().market("r.country")
                        .exists("SELECT 1 FROM insight_order o WHERE o.customer_id = r.id", SliceColumns.none()
                                .offer("o.offer_ref").azureLicenseType("o.azure_license_type")
                                .marketplaceLicenseType("o.marketplace_license_type").sku("o.sku")))
                .searchIn("r.company_name")
                .column(ReportColumn.<CustomerRow>of("companyName", "CompanyName", ColumnType.TEXT, 28, CustomerRow::companyName)
                        .sortBy("r.company_name"))
                .column(ReportColumn.<CustomerRow>of("firstName", "FirstName", ColumnType.TEXT, 14, CustomerRow::firstName)
                        .sortBy("r.first_name").nullable().personal())
                .column(ReportColumn.<CustomerRow>of("lastName", "LastName", ColumnType.TEXT, 14, CustomerRow::lastName)
                        .sortBy("r.last_name").nullable().personal())
                .column(ReportColumn.<CustomerRow>of("email", "Email", ColumnType.TEXT, 28, CustomerRow::email)
                        .sortBy("r.email").nullable().personal())
                .column(ReportColumn.<CustomerRow>of("transactionDate", "TransactionDate", ColumnType.DATE, 12,
                        CustomerRow::transactionDate).sortBy("r.transaction_date").indexedAfter(MARKET))
                .column(ReportColumn.country("country", "CustomerCountryRegion", 16, CustomerRow::country))
                .column(ReportColumn.<CustomerRow>of("city", "CustomerCity", ColumnType.TEXT, 16, CustomerRow::city)
                        .sortBy("r.city").nullable().personal())
                .column(ReportColumn.<CustomerRow>of("zipCode", "CustomerZipCode", ColumnType.TEXT, 10, CustomerRow::zipCode)
                        .sortBy("r.zip_code").nullable().personal())
                .column(ReportColumn.<CustomerRow>of("communicationCulture", "CustomerCommunicationCulture", ColumnType.TEXT, 8,
                        CustomerRow::communicationCulture).sortBy("r.communication_culture").hidden())
                .column(ReportColumn.<CustomerRow>of("orderCount", "OrderCount", ColumnType.INTEGER, 8, CustomerRow::orderCount)
                        .sortBy("r.order_count"))
                .column(ReportColumn.<CustomerRow>of("reseller", "Reseller", ColumnType.TEXT, 22, CustomerRow::reseller)
                        .sortBy("r.reseller").nullable())
                .column(ReportColumn.<CustomerRow>of("subscriptionName", "SubscriptionName", ColumnType.TEXT, 24,
                        CustomerRow::subscriptionName).sortBy("r.subscription_name").hidden())
                .column(ReportColumn.<CustomerRow>of("azureSubscriptionId", "AzureSubscriptionId", ColumnType.TEXT, 36,
                        CustomerRow::azureSubscriptionId).sortBy("r.azure_subscription_id").hidden())
                .column(ReportColumn.<CustomerRow>of("cloudInstanceName", "CloudInstanceName", ColumnType.TEXT, 16,
                        CustomerRow::cloudInstanceName).sortBy("r.cloud_instance_name"))
                .defaultSort("transactionDate")
                .rows((rs, i) -> new CustomerRow(rs.getLong("id"), rs.getString("reseller"), rs.getString("first_name"),
                        rs.getString("last_name"), rs.getString("email"), rs.getString("company_name"),
                        date(rs, "transaction_date"), rs.getString("subscription_name"),
                        rs.getString("azure_subscription_id"), rs.getString("cloud_instance_name"), rs.getInt("order_count"),
                        rs.getString("country"), rs.getString("city"), rs.getString("communication_culture"),
                        rs.getString("zip_code")))
                .build();
    }
}
