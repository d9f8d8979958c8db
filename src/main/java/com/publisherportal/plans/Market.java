package com.publisherportal.plans;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/**
 * A marketplace market as the staff maintain it: a country (ISO 3166 alpha-2), the currency its
 * customers pay in (ISO 4217), how many units of that currency one US dollar buys, and whether
 * the marketplace remits the sales taxes there.
 */
public record Market(String code, String currency, BigDecimal usdRate, boolean taxRemitted) {

    public Market {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(usdRate, "usdRate");
        if (!code.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("A market is a two-letter country code: " + code);
        }
        Currency.getInstance(currency); // throws on an unknown ISO 4217 code
        if (usdRate.signum() <= 0) {
            throw new IllegalArgumentException("An exchange rate is positive: " + usdRate);
        }
    }

    /** Digits after the decimal point that prices in this market carry (JPY 0, EUR 2; never more than 2). */
    public int priceDigits() {
        return Math.min(2, Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits()));
    }
}
