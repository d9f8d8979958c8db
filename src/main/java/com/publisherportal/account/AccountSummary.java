package com.publisherportal.account;

import java.time.Instant;

/** A publisher account as listed for staff. */
public record AccountSummary(long id, String publisherId, String legalName, String displayName, String country,
                             AccountStatus status, int users, Instant createdAt) {
}
