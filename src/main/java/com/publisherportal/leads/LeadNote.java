package com.publisherportal.leads;

import java.time.Instant;

/** A note a publisher user kept on a lead, with its author and time. */
public record LeadNote(long id, long leadId, Long authorId, String authorName, Instant createdAt, String body) {

    public static final int MAX_LENGTH = 4000;
}
