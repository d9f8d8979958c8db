package com.publisherportal.insights;

import com.publisherportal.common.export.ColumnModel;
import com.publisherportal.common.export.ColumnType;
import com.publisherportal.common.export.ExportColumn;

import java.util.Locale;

/**
 * The columns of each insights grid, shared with its CSV/XLSX exports and the reports API.
 * Export names are Partner Center's (domain.md 8); keys are the grids' sort properties.
 */
public final class InsightColumns {

    private InsightColumns() {
    }

    private static <T> ExportColumn<T> col(String key, String exportName, ColumnType type, int width,
                                           java.util.function.Function<? super T, ?> value) {
        return new ExportColumn<>(key, exportName, "insights.col." + key, type, width, value);
    }

    /** Country name in English, as Partner Center's exports write it. */
    public static String countryName(String code) {
        return code == null ? null : COUNTRY_NAMES.computeIfAbsent(code, c -> Locale.of("", c).getDisplayCountry(Locale.ENGLISH));
    }

    /** Looked up once per code: exports write a country on each of millions of rows. */
    private static final java.util.Map<String, String> COUNTRY_NAMES = new java.util.concurrent.ConcurrentHashMap<>();

    public static final ColumnModel<OrderRow> ORDERS = new ColumnModel<>(
            col("purchaseDate", "OrderPurchaseDate", ColumnType.DATE, 12, OrderRow::purchaseDate),
            col("offerName", "OfferName", ColumnType.TEXT, 28, OrderRow::offerName),
            col("offerType", "OfferType", ColumnType.TEXT, 18, OrderRow::offerType),
            col("sku", "Sku", ColumnType.TEXT, 16, OrderRow::sku),
            col("customerCountry", "CustomerCountry", ColumnType.TEXT, 16, r -> countryName(r.customerCountry())),
            col("azureLicenseType", "AzureLicenseType", ColumnType.TEXT, 24, r -> r.azureLicenseType().partnerCenterName()),
            col("marketplaceLicenseType", "MarketplaceLicenseType", ColumnType.TEXT, 22, r -> r.marketplaceLicenseType().partnerCenterName()),
            col("orderQuantity", "OrderQuantity", ColumnType.INTEGER, 8, OrderRow::orderQuantity),
            col("orderStatus", "OrderStatus", ColumnType.TEXT, 10, OrderRow::orderStatus),
            col("cancelDate", "OrderCancelDate", ColumnType.DATE, 12, OrderRow::cancelDate),
            col("trialEndDate", "TrialEndDate", ColumnType.DATE, 12, OrderRow::trialEndDate),
            col("newCustomer", "IsNewCustomer", ColumnType.BOOLEAN, 6, OrderRow::newCustomer),
            col("monthStart", "MonthStartDate", ColumnType.DATE, 12, OrderRow::monthStart),
            col("orderId", "OrderId", ColumnType.TEXT, 36, OrderRow::orderId),
            col("marketplaceSubscriptionId", "MarketplaceSubscriptionId", ColumnType.TEXT, 36, OrderRow::marketplaceSubscriptionId));

    public static final ColumnModel<UsageRow> USAGE = new ColumnModel<>(
            col("usageDate", "UsageDate", ColumnType.DATE, 12, UsageRow::usageDate),
            col("offerName", "OfferName", ColumnType.TEXT, 28, UsageRow::offerName),
            col("sku", "SKU", ColumnType.TEXT, 16, UsageRow::sku),
            col("vmSize", "VMSize", ColumnType.TEXT, 16, UsageRow::vmSize),
            col("customerCountry", "CustomerCountry", ColumnType.TEXT, 16, r -> countryName(r.customerCountry())),
            col("azureLicenseType", "AzureLicenseType", ColumnType.TEXT, 24, r -> r.azureLicenseType().partnerCenterName()),
            col("marketplaceLicenseType", "MarketplaceLicenseType", ColumnType.TEXT, 22, r -> r.marketplaceLicenseType().partnerCenterName()),
            col("newCustomer", "IsNewCustomer", ColumnType.BOOLEAN, 6, UsageRow::newCustomer),
            col("normalizedUsage", "NormalizedUsage", ColumnType.DECIMAL, 12, UsageRow::normalizedUsage),
            col("rawUsage", "RawUsage", ColumnType.DECIMAL, 12, UsageRow::rawUsage),
            col("meteredUsage", "MeteredUsage", ColumnType.DECIMAL, 12, UsageRow::meteredUsage),
            col("usageUnit", "UsageUnit", ColumnType.TEXT, 8, UsageRow::usageUnit),
            col("estimatedCharge", "EstimatedExtendedChargePC", ColumnType.DECIMAL, 14, UsageRow::estimatedCharge),
            col("marketplaceSubscriptionId", "MarketplaceSubscriptionId", ColumnType.TEXT, 36, UsageRow::marketplaceSubscriptionId));

    public static final ColumnModel<CustomerRow> CUSTOMERS = new ColumnModel<>(
            col("companyName", "CompanyName", ColumnType.TEXT, 28, CustomerRow::companyName),
            col("firstName", "FirstName", ColumnType.TEXT, 14, CustomerRow::firstName),
            col("lastName", "LastName", ColumnType.TEXT, 14, CustomerRow::lastName),
            col("email", "Email", ColumnType.TEXT, 28, CustomerRow::email),
            col("transactionDate", "TransactionDate", ColumnType.DATE, 12, CustomerRow::transactionDate),
            col("country", "CustomerCountryRegion", ColumnType.TEXT, 16, r -> countryName(r.country())),
            col("city", "CustomerCity", ColumnType.TEXT, 16, CustomerRow::city),
            col("zipCode", "CustomerZipCode", ColumnType.TEXT, 10, CustomerRow::zipCode),
            col("communicationCulture", "CustomerCommunicationCulture", ColumnType.TEXT, 8, CustomerRow::communicationCulture),
            col("orderCount", "OrderCount", ColumnType.INTEGER, 8, CustomerRow::orderCount),
            col("reseller", "Reseller", ColumnType.TEXT, 22, CustomerRow::reseller),
            col("subscriptionName", "SubscriptionName", ColumnType.TEXT, 24, CustomerRow::subscriptionName),
            col("azureSubscriptionId", "AzureSubscriptionId", ColumnType.TEXT, 36, CustomerRow::azureSubscriptionId),
            col("cloudInstanceName", "CloudInstanceName", ColumnType.TEXT, 16, CustomerRow::cloudInstanceName));

    public static final ColumnModel<VisitRow> VISITS = new ColumnModel<>(
            col("date", "Date", ColumnType.DATE, 12, VisitRow::date),
            col("offerName", "OfferName", ColumnType.TEXT, 28, VisitRow::offerName),
            col("referralDomain", "ReferralDomain", ColumnType.TEXT, 22, VisitRow::referralDomain),
            col("country", "CountryName", ColumnType.TEXT, 16, r -> countryName(r.country())),
            col("campaignSource", "CampaignSource", ColumnType.TEXT, 12, VisitRow::campaignSource),
            col("campaignId", "CampaignId", ColumnType.TEXT, 16, VisitRow::campaignId),
            col("pageVisits", "PageVisits", ColumnType.INTEGER, 10, VisitRow::pageVisits),
            col("getItNow", "GetItNow", ColumnType.INTEGER, 8, VisitRow::getItNow),
            col("contactMe", "ContactMe", ColumnType.INTEGER, 8, VisitRow::contactMe),
            col("testDrive", "TestDrive", ColumnType.INTEGER, 8, VisitRow::testDrive),
            col("freeTrial", "FreeTrial", ColumnType.INTEGER, 8, VisitRow::freeTrial),
            col("callToActionRate", "CallToActionRate", ColumnType.DECIMAL, 10, VisitRow::callToActionRate));

    public static final ColumnModel<DeploymentRow> DEPLOYMENTS = new ColumnModel<>(
            col("date", "Date", ColumnType.DATE, 12, DeploymentRow::date),
            col("trackingGuid", "TrackingGuid", ColumnType.TEXT, 36, DeploymentRow::trackingGuid),
            col("offerName", "OfferName", ColumnType.TEXT, 28, DeploymentRow::offerName),
            col("method", "DeploymentMethod", ColumnType.TEXT, 12, DeploymentRow::method),
            col("customerCountry", "CustomerCountry", ColumnType.TEXT, 16, r -> countryName(r.customerCountry())),
            col("azureRegion", "AzureRegion", ColumnType.TEXT, 16, DeploymentRow::azureRegion),
            col("deployments", "Deployments", ColumnType.INTEGER, 10, DeploymentRow::deployments),
            col("succeeded", "Succeeded", ColumnType.INTEGER, 10, DeploymentRow::succeeded));

    /** Columns holding customers' personal data: masked, and neither sortable nor searchable, for non-owners. */
    public static final java.util.Set<String> PERSONAL = java.util.Set.of("firstName", "lastName", "email", "city", "zipCode");
}
