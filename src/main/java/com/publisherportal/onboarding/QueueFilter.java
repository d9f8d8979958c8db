package com.publisherportal.onboarding;

import java.time.Instant;

/**
 * Filters of the staff queue; null means any. {@code submittedBefore} filters by age, and the
 * clock status is evaluated against {@code now} and the operations day {@code todayStart}–{@code todayEnd}.
 */
public record QueueFilter(QueueKind kind, Long accountId, Instant submittedBefore, ClockStatus clock) {

    public static QueueFilter all() {
        return new QueueFilter(null, null, null, null);
    }
}
