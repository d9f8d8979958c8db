package com.publisherportal.audit;

import java.time.Instant;

/** One line of the audit log: who did what to which entity, when, in which account. */
public record AuditEntry(long id, Instant occurredAt, Long actorId, String actorEmail, Long accountId,
                         String accountName, String entityType, String entityId, String action, String details,
                         String subject) {
}
