package com.publisherportal.plans;

import java.math.BigDecimal;

/**
 * One cell of a plan's price table: a market and a price point, with the USD base, its conversion
 * at the market's rate, the publisher's override (null: none) and the price customers pay there.
 * {@code usd}, {@code converted} and {@code effective} are null while the point has no USD price.
 */
public record PriceRow(Market market, boolean selected, PricePoint point, BigDecimal usd, BigDecimal converted,
                       BigDecimal override, BigDecimal effective) {
}
