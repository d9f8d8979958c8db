package com.publisherportal.account;

import com.publisherportal.security.PlatformRole;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import java.time.Instant;

/**
 * A person who signs in. Sign-in counters are updated by targeted statements (see
 * {@code CallerRepository}), so this aggregate is only saved whole when it is created.
 */
@Table
public record AppUser(@Id Long id, String email, String displayName, String passwordHash, String preferredLanguage,
                      boolean enabled, boolean mustChangePassword, int failedLoginCount, Instant firstFailedLoginAt,
                      Instant lockedUntil, PlatformRole platformRole, Instant createdAt, @Version Integer version) {

    public static AppUser create(String email, String displayName, String passwordHash, String language,
                                 boolean mustChangePassword, PlatformRole platformRole, Instant now) {
        return new AppUser(null, email, displayName, passwordHash, language, true, mustChangePassword, 0, null, null,
                platformRole, now, null);
    }
}
