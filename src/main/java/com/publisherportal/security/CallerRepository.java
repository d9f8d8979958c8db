package com.publisherportal.security;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What sign-in and access checks need to know about a user, read straight from the database. */
@Repository
// Public only for the tests' sign-in helper; as a named interface that no module lists, no other module may use it.
@org.springframework.modulith.NamedInterface("sign-in-records")
public class CallerRepository {

    /** A user as seen at sign-in: credentials, lock state and membership. */
    public record LoginRecord(long id, String email, String displayName, String passwordHash, boolean enabled,
                              Instant lockedUntil, String language, PlatformRole platformRole, Long accountId,
                              AccountRole accountRole) {

        public PortalUser toPrincipal() {
            return new PortalUser(id, email, displayName, accountId, accountRole, platformRole, language);
        }
    }

    /**
     * A user as a member of one account: enabled or not, and their role there (null when they
     * are not, or no longer, a member of it).
     */
    public record Standing(long userId, String displayName, boolean enabled, AccountRole role) {

        /** Whether the user acts in the account at all: enabled and still a member. */
        public boolean active() {
            return enabled && role != null;
        }
    }

    private final JdbcClient jdbc;

    CallerRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<LoginRecord> findLogin(String email) {
        return jdbc.sql("""
                        SELECT u.id, u.email, u.display_name, u.password_hash, u.enabled, u.locked_until,
                               u.preferred_language, u.platform_role, m.account_id, m.role
                        FROM app_user u LEFT JOIN membership m ON m.user_id = u.id
                        WHERE u.email = :email""")
                .param("email", email)
                .query((rs, i) -> {
                    Timestamp locked = rs.getTimestamp("locked_until");
                    String platformRole = rs.getString("platform_role");
                    String role = rs.getString("role");
                    return new LoginRecord(rs.getLong("id"), rs.getString("email"), rs.getString("display_name"),
                            rs.getString("password_hash"), rs.getBoolean("enabled"),
                            locked == null ? null : locked.toInstant(), rs.getString("preferred_language"),
                            platformRole == null ? null : PlatformRole.valueOf(platformRole),
                            rs.getObject("account_id", Long.class),
                            role == null ? null : AccountRole.valueOf(role));
                })
                .optional();
    }

    /**
     * Counts a failed sign-in in one statement, so concurrent attempts cannot lose a count:
     * a failure outside the current window starts a new window.
     */
    public int recordFailure(long userId, Instant now, Instant windowStart) {
        jdbc.sql("""
                        UPDATE app_user SET
                          failed_login_count = CASE WHEN first_failed_login_at IS NULL OR first_failed_login_at < :windowStart
                                                    THEN 1 ELSE failed_login_count + 1 END,
                          first_failed_login_at = CASE WHEN first_failed_login_at IS NULL OR first_failed_login_at < :windowStart
                                                    THEN :now ELSE first_failed_login_at END
                        WHERE id = :id""")
                .param("windowStart", Timestamp.from(windowStart))
                .param("now", Timestamp.from(now))
                .param("id", userId)
                .update();
        return jdbc.sql("SELECT failed_login_count FROM app_user WHERE id = :id").param("id", userId)
                .query(Integer.class).single();
    }

    public void lock(long userId, Instant until) {
        jdbc.sql("UPDATE app_user SET locked_until = :until, failed_login_count = 0, first_failed_login_at = NULL WHERE id = :id")
                .param("until", Timestamp.from(until)).param("id", userId).update();
    }

    public void recordSuccess(long userId) {
        jdbc.sql("""
                        UPDATE app_user SET failed_login_count = 0, first_failed_login_at = NULL, locked_until = NULL
                        WHERE id = :id AND (failed_login_count <> 0 OR locked_until IS NOT NULL)""")
                .param("id", userId).update();
    }

    /** The caller's role in the account, if they are an enabled member of it. */
    public Optional<AccountRole> roleOf(long userId, long accountId) {
        return jdbc.sql("""
                        SELECT m.role FROM membership m JOIN app_user u ON u.id = m.user_id
                        WHERE m.user_id = :userId AND m.account_id = :accountId AND u.enabled = TRUE""")
                .param("userId", userId).param("accountId", accountId)
                .query(String.class).optional().map(AccountRole::valueOf);
    }

    /** Each existing user's standing in the account (users that no longer exist are left out). */
    public Map<Long, Standing> standings(long accountId, Collection<Long> userIds) {
        if (userIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Standing> standings = new HashMap<>();
        jdbc.sql("""
                        SELECT u.id, u.display_name, u.enabled, m.role
                        FROM app_user u LEFT JOIN membership m ON m.user_id = u.id AND m.account_id = :accountId
                        WHERE u.id IN (:ids)""")
                .param("accountId", accountId).param("ids", List.copyOf(userIds))
                .query((rs, i) -> {
                    String role = rs.getString("role");
                    return new Standing(rs.getLong("id"), rs.getString("display_name"), rs.getBoolean("enabled"),
                            role == null ? null : AccountRole.valueOf(role));
                })
                .list().forEach(s -> standings.put(s.userId(), s));
        return standings;
    }

    /** The caller's platform role, if they are enabled staff. */
    public Optional<PlatformRole> platformRoleOf(long userId) {
        return jdbc.sql("SELECT platform_role FROM app_user WHERE id = :id AND enabled = TRUE AND platform_role IS NOT NULL")
                .param("id", userId).query(String.class).optional().map(PlatformRole::valueOf);
    }
}
