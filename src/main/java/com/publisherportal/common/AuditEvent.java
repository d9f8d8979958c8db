package com.publisherportal.common;

import java.util.Objects;

/**
 * An action to record in the audit log, published by a module that must not depend on the audit
 * module (security's API keys). The audit module listens synchronously, so the entry is written in
 * the publisher's transaction and exists exactly when the change was committed.
 */
public record AuditEvent(Long accountId, String entityType, String entityId, String action, String details) {

    public AuditEvent {
        Objects.requireNonNull(entityType, "entityType");
        Objects.requireNonNull(action, "action");
    }
}
