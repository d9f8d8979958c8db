package com.publisherportal.subscriptions;

import com.publisherportal.common.ValidationException;
import com.publisherportal.common.ValidationException.Violation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * One usage event a publisher reports: so many units of a dimension used by a subscription in the
 * hour starting at {@code effectiveStart}. {@code idempotencyKey} names the event for retries (the
 * same key is never reported twice); without one, the subscription, dimension and hour make the key,
 * as the marketplace accepts one event per subscription, dimension and hour.
 */
public record UsageReport(String subscriptionId, String dimension, BigDecimal quantity, Instant effectiveStart,
                          String idempotencyKey) {

    static final int KEY_MAX = 100;

    public UsageReport {
        subscriptionId = subscriptionId == null ? null : subscriptionId.strip();
        dimension = dimension == null ? null : dimension.strip();
        idempotencyKey = idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey.strip();
        List<Violation> violations = new ArrayList<>();
        if (subscriptionId == null || subscriptionId.isEmpty() || subscriptionId.length() > 64) {
            violations.add(new Violation("subscriptionId", "subscriptions.usage.subscription-required"));
        }
        if (dimension == null || dimension.isEmpty() || dimension.length() > 100) {
            violations.add(new Violation("dimension", "subscriptions.usage.dimension-required"));
        }
        if (quantity == null || quantity.signum() <= 0 || quantity.scale() > 6 || quantity.precision() - quantity.scale() > 12) {
            violations.add(new Violation("quantity", "subscriptions.usage.quantity-invalid"));
        }
        if (effectiveStart == null) {
            violations.add(new Violation("effectiveStartTime", "subscriptions.usage.time-required"));
        }
        if (idempotencyKey != null && idempotencyKey.length() > KEY_MAX) {
            violations.add(new Violation("idempotencyKey", "subscriptions.usage.key-too-long", KEY_MAX));
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        if (idempotencyKey == null) {
            idempotencyKey = subscriptionId + "|" + dimension + "|" + effectiveStart.truncatedTo(ChronoUnit.HOURS);
        }
    }
}
