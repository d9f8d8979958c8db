package com.publisherportal.mail;

import com.publisherportal.common.RowWindow;
import com.publisherportal.common.SortKey;
import com.publisherportal.common.SqlOrder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The outbox table and the digests' marks. Claims and outcomes are single conditional statements. */
@Repository
class MailOutboxRepository {

    private static final SqlOrder ORDER = new SqlOrder(Map.of(
            "recipient", "o.recipient_address",
            "kind", "o.kind",
            "subject", "o.subject",
            "state", "o.state",
            "attempts", "o.attempts",
            "created", "o.created_at",
            "sent", "o.sent_at"), "o.created_at DESC", "o.id DESC");

    private final JdbcClient jdbc;

    MailOutboxRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(Long userId, String address, String language, MailKind kind, String subject, String body, String link,
                Instant now) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO mail_outbox (recipient_user_id, recipient_address, language, kind, subject, body_text,
                                                 link, state, attempts, next_attempt_at, created_at)
                        VALUES (:userId, :address, :language, :kind, :subject, :body, :link, 'QUEUED', 0, :now, :now)""")
                .param("userId", userId).param("address", address).param("language", language)
                .param("kind", kind.name()).param("subject", subject).param("body", body).param("link", link)
                .param("now", Timestamp.from(now))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    Optional<OutboxMail> find(long id) {
        return jdbc.sql("SELECT o.* FROM mail_outbox o WHERE o.id = :id").param("id", id)
                .query((rs, i) -> mail(rs)).optional();
    }

    List<OutboxMail> page(List<SortKey> sorts, RowWindow window) {
        return jdbc.sql("SELECT o.* FROM mail_outbox o" + ORDER.orderBy(sorts) + window.sql())
                .query((rs, i) -> mail(rs)).list();
    }

    int count() {
        return jdbc.sql("SELECT COUNT(*) FROM mail_outbox").query(Integer.class).single();
    }

    /** Ids of rows due for an attempt, oldest first. */
    List<Long> due(Instant now, int limit) {
        return jdbc.sql("""
                        SELECT id FROM mail_outbox WHERE state IN ('QUEUED', 'RETRYING') AND next_attempt_at <= :now
                        ORDER BY next_attempt_at, id LIMIT :limit""")
                .param("now", Timestamp.from(now)).param("limit", limit)
                .query(Long.class).list();
    }

    /**
     * Takes a due row for {@code owner} until {@code leaseUntil} and counts the attempt. The row
     * lock and the condition make it one taker's: a second sender (another node) updates nothing.
     */
    boolean claim(long id, String owner, Instant now, Instant leaseUntil) {
        return jdbc.sql("""
                        UPDATE mail_outbox SET state = 'SENDING', lease_owner = :owner, lease_until = :leaseUntil,
                               attempts = attempts + 1
                        WHERE id = :id AND state IN ('QUEUED', 'RETRYING') AND next_attempt_at <= :now""")
                .param("id", id).param("owner", owner).param("now", Timestamp.from(now))
                .param("leaseUntil", Timestamp.from(leaseUntil))
                .update() == 1;
    }

    boolean markSent(long id, String owner, Instant now) {
        return jdbc.sql("""
                        UPDATE mail_outbox SET state = 'SENT', sent_at = :now, lease_owner = NULL, lease_until = NULL,
                               last_error = NULL
                        WHERE id = :id AND state = 'SENDING' AND lease_owner = :owner""")
                .param("id", id).param("owner", owner).param("now", Timestamp.from(now))
                .update() == 1;
    }

    /** After a failed attempt: RETRYING at {@code nextAttemptAt}, or FAILED when that is null. */
    boolean markFailed(long id, String owner, String error, Instant nextAttemptAt) {
        var statement = nextAttemptAt == null
                ? jdbc.sql("""
                        UPDATE mail_outbox SET state = 'FAILED', last_error = :error, lease_owner = NULL, lease_until = NULL
                        WHERE id = :id AND state = 'SENDING' AND lease_owner = :owner""")
                : jdbc.sql("""
                        UPDATE mail_outbox SET state = 'RETRYING', next_attempt_at = :next, last_error = :error,
                               lease_owner = NULL, lease_until = NULL
                        WHERE id = :id AND state = 'SENDING' AND lease_owner = :owner""")
                        .param("next", Timestamp.from(nextAttemptAt));
        return statement.param("id", id).param("owner", owner).param("error", error).update() == 1;
    }

    /**
     * Rows whose sender stopped mid-send (lease over, still SENDING): the SMTP server may or may not
     * have taken them, so they are not sent again but FAILED with {@code error} for an administrator.
     */
    int failAbandoned(Instant now, String error) {
        return jdbc.sql("""
                        UPDATE mail_outbox SET state = 'FAILED', last_error = :error, lease_owner = NULL, lease_until = NULL
                        WHERE state = 'SENDING' AND lease_until < :now""")
                .param("now", Timestamp.from(now)).param("error", error)
                .update();
    }

    /** An administrator sends a FAILED row again (knowing it may arrive twice if a sender had stopped mid-send). */
    boolean requeue(long id, Instant now) {
        return jdbc.sql("""
                        UPDATE mail_outbox SET state = 'QUEUED', attempts = 0, next_attempt_at = :now
                        WHERE id = :id AND state = 'FAILED'""")
                .param("id", id).param("now", Timestamp.from(now))
                .update() == 1;
    }

    // ---- digests

    Optional<Instant> digestThrough(long userId, MailKind kind) {
        return jdbc.sql("SELECT through_at FROM mail_digest_mark WHERE user_id = :userId AND kind = :kind")
                .param("userId", userId).param("kind", kind.name())
                .query((rs, i) -> rs.getTimestamp(1).toInstant()).optional();
    }

    void markDigest(long userId, MailKind kind, Instant through) {
        int updated = jdbc.sql("UPDATE mail_digest_mark SET through_at = :through WHERE user_id = :userId AND kind = :kind")
                .param("userId", userId).param("kind", kind.name()).param("through", Timestamp.from(through))
                .update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO mail_digest_mark (user_id, kind, through_at) VALUES (:userId, :kind, :through)")
                    .param("userId", userId).param("kind", kind.name()).param("through", Timestamp.from(through))
                    .update();
        }
    }

    private static OutboxMail mail(ResultSet rs) throws SQLException {
        return new OutboxMail(rs.getLong("id"), rs.getObject("recipient_user_id", Long.class),
                rs.getString("recipient_address"), rs.getString("language"), MailKind.valueOf(rs.getString("kind")),
                rs.getString("subject"), rs.getString("body_text"), rs.getString("link"),
                OutboxState.valueOf(rs.getString("state")), rs.getInt("attempts"),
                instant(rs, "next_attempt_at"), rs.getString("lease_owner"), instant(rs, "lease_until"),
                rs.getString("last_error"), instant(rs, "created_at"), instant(rs, "sent_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
