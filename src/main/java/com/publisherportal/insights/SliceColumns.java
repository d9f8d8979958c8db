package com.publisherportal.insights;

import com.publisherportal.common.SqlWhere;

/**
 * Which columns of a table an {@link InsightSlice} narrows: market, offer, Azure and marketplace
 * licence types, SKU and new customers. A slice that has no column here (e.g. licence types of
 * page visits, which are anonymous) does not narrow this table. The slices of a row that lives
 * elsewhere (a customer's orders) can be asked in a correlated sub-query, see {@link #exists}.
 * Shared by the reports' grids, the monthly aggregates and the deployments chart.
 */
final class SliceColumns {

    private final String market;
    private final String offer;
    private final String azureLicenseType;
    private final String marketplaceLicenseType;
    private final String sku;
    private final String newCustomer;
    /** {@code EXISTS (… WHERE <correlation> AND <conditions of inner>)}, or null. */
    private final String existsPrefix;
    private final SliceColumns inner;

    private SliceColumns(String market, String offer, String azureLicenseType, String marketplaceLicenseType,
                         String sku, String newCustomer, String existsPrefix, SliceColumns inner) {
        this.market = market;
        this.offer = offer;
        this.azureLicenseType = azureLicenseType;
        this.marketplaceLicenseType = marketplaceLicenseType;
        this.sku = sku;
        this.newCustomer = newCustomer;
        this.existsPrefix = existsPrefix;
        this.inner = inner;
    }

    /** A table no slice narrows. */
    static SliceColumns none() {
        return new SliceColumns(null, null, null, null, null, null, null, null);
    }

    /** The market (customer country, ISO code). */
    SliceColumns market(String column) {
        return new SliceColumns(column, offer, azureLicenseType, marketplaceLicenseType, sku, newCustomer, existsPrefix, inner);
    }

    SliceColumns offer(String column) {
        return new SliceColumns(market, column, azureLicenseType, marketplaceLicenseType, sku, newCustomer, existsPrefix, inner);
    }

    SliceColumns azureLicenseType(String column) {
        return new SliceColumns(market, offer, column, marketplaceLicenseType, sku, newCustomer, existsPrefix, inner);
    }

    SliceColumns marketplaceLicenseType(String column) {
        return new SliceColumns(market, offer, azureLicenseType, column, sku, newCustomer, existsPrefix, inner);
    }

    SliceColumns sku(String column) {
        return new SliceColumns(market, offer, azureLicenseType, marketplaceLicenseType, column, newCustomer, existsPrefix, inner);
    }

    /** A boolean column: true for a new customer. */
    SliceColumns newCustomer(String column) {
        return new SliceColumns(market, offer, azureLicenseType, marketplaceLicenseType, sku, column, existsPrefix, inner);
    }

    /**
     * Slices that rows of another table answer: a row is kept when one of them matches, e.g.
     * {@code exists("SELECT 1 FROM insight_order o WHERE o.customer_id = r.id", none().sku("o.sku"))}.
     */
    SliceColumns exists(String correlatedSelect, SliceColumns columns) {
        return new SliceColumns(market, offer, azureLicenseType, marketplaceLicenseType, sku, newCustomer,
                correlatedSelect, columns);
    }

    /** The same columns without the offer (a query that groups by offer). */
    SliceColumns withoutOffer() {
        return new SliceColumns(market, null, azureLicenseType, marketplaceLicenseType, sku, newCustomer, existsPrefix, inner);
    }

    String market() {
        return market;
    }

    String offer() {
        return offer;
    }

    /** Whether a slice only commerce data answers (licence types, SKU, new customers) narrows this table. */
    boolean narrowsCommerce() {
        return azureLicenseType != null || marketplaceLicenseType != null || sku != null || newCustomer != null
                || inner != null && inner.narrowsCommerce();
    }

    /** Adds the slice's conditions on these columns. */
    void apply(InsightSlice s, SqlWhere where) {
        if (inner != null) {
            SqlWhere sub = where.nested();
            inner.apply(s, sub);
            if (!sub.isEmpty()) {
                where.and("EXISTS (" + existsPrefix + " AND " + sub.conditions() + ")");
            }
        }
        where.equal(market, "market", s.market())
                .equal(offer, "offerRef", s.offerRef())
                .equal(azureLicenseType, "azure", s.azureLicenseType() == null ? null : s.azureLicenseType().name())
                .equal(marketplaceLicenseType, "marketplace",
                        s.marketplaceLicenseType() == null ? null : s.marketplaceLicenseType().name())
                .equal(sku, "sku", s.sku())
                .equal(newCustomer, "newCustomer",
                        s.customerType() == CustomerType.ALL ? null : s.customerType() == CustomerType.NEW);
    }
}
