package com.publisherportal.plans;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A USD price in a market's currency at the staff's exchange rate, rounded as a shop would show it:
 * to the currency's smallest unit in use (cents; whole yen), half up.
 */
public final class PriceConversion {

    private PriceConversion() {
    }

    public static BigDecimal toLocal(BigDecimal usd, Market market) {
        if (usd.signum() < 0) {
            throw new IllegalArgumentException("A price is not negative: " + usd);
        }
        return usd.multiply(market.usdRate()).setScale(market.priceDigits(), RoundingMode.HALF_UP);
    }
}
