package com.publisherportal.account;

import com.publisherportal.security.AccountRole;

import java.time.Instant;

/** A user as listed on the account page. {@code version} is the membership's, for optimistic locking. */
public record Member(long userId, String email, String displayName, AccountRole role, boolean enabled,
                     boolean mustChangePassword, Instant createdAt, int version) {
}
