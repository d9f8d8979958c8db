package com.publisherportal.mail;

import java.time.Instant;
import java.util.Objects;

/** One e-mail of the outbox, as the sender and the Outbox page read it. */
public record OutboxMail(long id, Long recipientUserId, String recipientAddress, String language, MailKind kind,
                         String subject, String bodyText, String link, OutboxState state, int attempts,
                         Instant nextAttemptAt, String leaseOwner, Instant leaseUntil, String lastError,
                         Instant createdAt, Instant sentAt) {

    public OutboxMail {
        Objects.requireNonNull(recipientAddress, "recipientAddress");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(bodyText, "bodyText");
        Objects.requireNonNull(state, "state");
        if (attempts < 0) {
            throw new IllegalArgumentException("attempts must not be negative");
        }
    }
}
