package com.publisherportal.insights;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** An offer's figure in the range against the previous period; growth in % (null when it had none before). */
public record TrendingOffer(long offerRef, String offerName, BigDecimal current, BigDecimal previous) {

    public BigDecimal growthPercent() {
        if (previous == null || previous.signum() == 0) {
            return null;
        }
        return current.subtract(previous).multiply(BigDecimal.valueOf(100)).divide(previous, 1, RoundingMode.HALF_UP);
    }
}
