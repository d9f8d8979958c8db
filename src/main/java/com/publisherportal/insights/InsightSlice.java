package com.publisherportal.insights;

import com.publisherportal.common.ValidationException;

import java.util.Locale;

/**
 * What the figures are narrowed to (docs/domain.md, Insights): market (customer country, ISO code), channel
 * (Azure licence type), marketplace licence type, offer, plan/SKU and new vs existing customers.
 * Null means "all". A slice that does not apply to a report (e.g. licence type for page visits,
 * which are anonymous) is ignored by that report.
 */
public record InsightSlice(String market, AzureLicenseType azureLicenseType,
                           MarketplaceLicenseType marketplaceLicenseType, Long offerRef, String sku,
                           CustomerType customerType) implements java.io.Serializable {

    public InsightSlice {
        market = market == null || market.isBlank() ? null : market.trim().toUpperCase(Locale.ROOT);
        if (market != null && !market.matches("[A-Z]{2}")) {
            throw new ValidationException("market", "insights.slice.market.invalid");
        }
        sku = sku == null || sku.isBlank() ? null : sku.trim();
        if (sku != null && sku.length() > 50) {
            throw new ValidationException("sku", "insights.slice.sku.invalid");
        }
        customerType = customerType == null ? CustomerType.ALL : customerType;
    }

    public static InsightSlice all() {
        return new InsightSlice(null, null, null, null, null, CustomerType.ALL);
    }

    public InsightSlice withMarket(String value) {
        return new InsightSlice(value, azureLicenseType, marketplaceLicenseType, offerRef, sku, customerType);
    }

    public InsightSlice withAzureLicenseType(AzureLicenseType value) {
        return new InsightSlice(market, value, marketplaceLicenseType, offerRef, sku, customerType);
    }

    public InsightSlice withMarketplaceLicenseType(MarketplaceLicenseType value) {
        return new InsightSlice(market, azureLicenseType, value, offerRef, sku, customerType);
    }

    public InsightSlice withOffer(Long value) {
        return new InsightSlice(market, azureLicenseType, marketplaceLicenseType, value, sku, customerType);
    }

    public InsightSlice withSku(String value) {
        return new InsightSlice(market, azureLicenseType, marketplaceLicenseType, offerRef, value, customerType);
    }

    public InsightSlice withCustomerType(CustomerType value) {
        return new InsightSlice(market, azureLicenseType, marketplaceLicenseType, offerRef, sku, value);
    }

    /** Whether a slice that only commerce data carries (licence types, SKU, new vs existing) is set. */
    public boolean narrowsCommerceOnly() {
        return azureLicenseType != null || marketplaceLicenseType != null || sku != null
                || customerType != CustomerType.ALL;
    }
}
