package com.publisherportal.account;

import com.publisherportal.security.PlatformRole;

import java.time.Instant;

/** A member of the marketplace's staff, as listed for administrators. */
public record StaffMember(long userId, String email, String displayName, PlatformRole role, boolean enabled,
                          Instant createdAt, int version) {
}
