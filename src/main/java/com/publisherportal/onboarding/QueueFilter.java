package com.publisherportal.onboarding;

import java.time.Instant;

/**
 * Filters of the staff queue; null means any. {@code submittedBefore} filters by age, and the
 * clock status is evaluated against {@code now} and the operations day {@code todayStart}–{@code todayEnd}.
 */
public record QueueFilter(QueueKind kind, Long accountId, Instant submittedBefore, ClockStatus clock, Claim claim,
                          Long claimedBy) {

    /** Who has the items: anyone (null), nobody, or one reviewer ({@code claimedBy}). */
    public enum Claim { UNCLAIMED, CLAIMED_BY }

    public QueueFilter {
        if ((claim == Claim.CLAIMED_BY) != (claimedBy != null)) {
            throw new IllegalArgumentException("A reviewer is named exactly when filtering by reviewer");
        }
    }

    public QueueFilter(QueueKind kind, Long accountId, Instant submittedBefore, ClockStatus clock) {
        this(kind, accountId, submittedBefore, clock, null, null);
    }

    public static QueueFilter all() {
        return new QueueFilter(null, null, null, null);
    }
}
