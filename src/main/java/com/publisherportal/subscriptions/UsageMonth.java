package com.publisherportal.subscriptions;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Objects;

/** What was reported for one dimension in one month: accepted units and the count of events by result. */
public record UsageMonth(YearMonth month, String dimension, BigDecimal acceptedQuantity, int accepted, int duplicate,
                         int rejected, int pending) {

    public UsageMonth {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(dimension, "dimension");
        acceptedQuantity = acceptedQuantity == null ? BigDecimal.ZERO : acceptedQuantity;
    }
}
