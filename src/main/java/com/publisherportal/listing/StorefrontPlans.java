package com.publisherportal.listing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The plans a product page lists, from the feature that owns them (plans and pricing): public plans
 * only (not private, not hidden), priced in the visitor's market.
 */
public interface StorefrontPlans {

    /**
     * The offer's public plans: for the storefront the certified ones ({@code preview} false), for a
     * preview what is being prepared ({@code preview} true). Prices are in {@code market}'s currency
     * when the plan is sold there, else in USD (also when {@code market} is null).
     */
    List<StorefrontPlan> plans(long offerId, String market, boolean preview);

    /** One plan as a customer sees it. {@code noteKey}: e.g. free or bring-your-own-licence, else null. */
    record StorefrontPlan(String planId, String name, String summary, List<PlanPrice> prices, String noteKey,
                          boolean freeTrial) {
        public StorefrontPlan {
            prices = List.copyOf(prices);
        }
    }

    /**
     * One price: what it is for (a message key, with the meter or VM size as its argument), the
     * amount and currency that apply today, and the change already announced ({@code next}, else null).
     */
    record PlanPrice(String labelKey, String labelArgument, BigDecimal amount, String currency, Upcoming next) {
        public PlanPrice(String labelKey, String labelArgument, BigDecimal amount, String currency) {
            this(labelKey, labelArgument, amount, currency, null);
        }
    }

    /** A published price change that has not taken effect yet: the new amount, from which day. */
    record Upcoming(BigDecimal amount, LocalDate from) {
        public Upcoming {
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(from, "from");
        }
    }
}
