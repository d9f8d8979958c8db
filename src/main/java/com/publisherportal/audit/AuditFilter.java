package com.publisherportal.audit;

import java.time.Instant;

/** Filters of the audit log grid; null means "any". */
public record AuditFilter(Long accountId, String actor, String action, String entityType, Instant from, Instant to) {

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null, null);
    }

    public AuditFilter withAccountId(Long id) {
        return new AuditFilter(id, actor, action, entityType, from, to);
    }
}
