package com.publisherportal.onboarding;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/** The approval package's promotion codes (hashed) and the accounts' onboarding contacts. */
@Repository
class ApprovalPackageRepository {

    /** A promotion code's row, without its plain text. */
    record CodeRow(long id, long accountId, long nominationId, boolean waitingToBeShown, Instant issuedAt,
                   Instant shownAt, Instant redeemedAt) {
    }

    private final JdbcClient jdbc;

    ApprovalPackageRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<CodeRow> codeOf(long accountId) {
        return jdbc.sql("""
                        SELECT id, account_id, nomination_id, code_to_show, issued_at, shown_at, redeemed_at
                        FROM promotion_code WHERE account_id = :accountId""")
                .param("accountId", accountId).query((rs, i) -> row(rs)).optional();
    }

    Optional<CodeRow> codeByHash(String hash) {
        return jdbc.sql("""
                        SELECT id, account_id, nomination_id, code_to_show, issued_at, shown_at, redeemed_at
                        FROM promotion_code WHERE code_hash = :hash""")
                .param("hash", hash).query((rs, i) -> row(rs)).optional();
    }

    private static CodeRow row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new CodeRow(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4) != null,
                rs.getTimestamp(5).toInstant(), instant(rs.getTimestamp(6)), instant(rs.getTimestamp(7)));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    void insertCode(long accountId, long nominationId, String hash, String plain, Instant at) {
        jdbc.sql("""
                        INSERT INTO promotion_code (account_id, nomination_id, code_hash, code_to_show, issued_at)
                        VALUES (:accountId, :nominationId, :hash, :plain, :at)""")
                .param("accountId", accountId).param("nominationId", nominationId).param("hash", hash)
                .param("plain", plain).param("at", Timestamp.from(at)).update();
    }

    /** Takes the plain code for its one showing and forgets it; empty when it was shown already. */
    Optional<String> takeCodeToShow(long accountId, long userId, Instant at) {
        Optional<String> plain = jdbc.sql("SELECT code_to_show FROM promotion_code WHERE account_id = :accountId AND code_to_show IS NOT NULL")
                .param("accountId", accountId).query(String.class).optional();
        if (plain.isEmpty()) {
            return Optional.empty();
        }
        int taken = jdbc.sql("""
                        UPDATE promotion_code SET code_to_show = NULL, shown_at = :at, shown_to = :userId
                        WHERE account_id = :accountId AND code_to_show IS NOT NULL""")
                .param("at", Timestamp.from(at)).param("userId", userId).param("accountId", accountId).update();
        // Two owners opening the page at once: only the one whose update took the code sees it.
        return taken == 1 ? plain : Optional.empty();
    }

    /** Redeems the code once: false when it was redeemed already. */
    boolean redeem(long id, long userId, Instant at) {
        return jdbc.sql("""
                        UPDATE promotion_code SET redeemed_at = :at, redeemed_by = :userId, code_to_show = NULL
                        WHERE id = :id AND redeemed_at IS NULL""")
                .param("at", Timestamp.from(at)).param("userId", userId).param("id", id).update() == 1;
    }

    /** The onboarding contact of the account: a staff member's id, name and e-mail address. */
    Optional<OnboardingContact> contactOf(long accountId) {
        return jdbc.sql("""
                        SELECT c.staff_id, u.display_name, u.email, c.assigned_at
                        FROM onboarding_contact c JOIN app_user u ON u.id = c.staff_id
                        WHERE c.account_id = :accountId""")
                .param("accountId", accountId)
                .query((rs, i) -> new OnboardingContact(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant()))
                .optional();
    }

    void assignContact(long accountId, long staffId, long by, Instant at) {
        int updated = jdbc.sql("UPDATE onboarding_contact SET staff_id = :staffId, assigned_by = :by, assigned_at = :at WHERE account_id = :accountId")
                .param("staffId", staffId).param("by", by).param("at", Timestamp.from(at)).param("accountId", accountId)
                .update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO onboarding_contact (account_id, staff_id, assigned_by, assigned_at) VALUES (:accountId, :staffId, :by, :at)")
                    .param("staffId", staffId).param("by", by).param("at", Timestamp.from(at))
                    .param("accountId", accountId).update();
        }
    }
}
