package com.publisherportal.campaigns;

import java.math.BigDecimal;

/**
 * An offer's sales, from the feature that keeps them (insights, which depends on this module, so
 * it implements this rather than being called). Without an implementation the figures are zero.
 */
public interface OfferSalesFigures {

    /**
     * The offer's sales billed through the marketplace over the last 12 months, in USD. The caller
     * has already been checked: this reads without a check of its own.
     */
    BigDecimal billedSalesLastYear(long accountId, long offerId);
}
