package com.publisherportal.onboarding;

import java.time.Instant;

/** One item waiting for a staff decision, with its service-level deadline and who has claimed it. */
public record QueueItem(QueueKind kind, long id, long accountId, String publisherName, String title,
                        Instant submittedAt, Instant dueAt, String claimedBy) {

    /** The address of the item's review page. */
    public String link() {
        return "staff/review/" + kind.name().toLowerCase(java.util.Locale.ROOT) + "/" + id;
    }
}
