package com.publisherportal.subscriptions;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/** A reported usage event and its result; {@code reason} says why it was rejected (or why it is still pending). */
public record UsageOutcome(String idempotencyKey, String subscriptionId, String dimension, BigDecimal quantity,
                           Instant effectiveStart, UsageStatus status, String reason, String usageEventId) {

    public UsageOutcome {
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(status, "status");
    }
}
