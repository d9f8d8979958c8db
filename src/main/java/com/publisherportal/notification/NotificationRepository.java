package com.publisherportal.notification;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

@Repository
class NotificationRepository {

    /** Arguments are stored joined by a separator that user input cannot contain. */
    static final String SEPARATOR = "\u001F";

    private final JdbcClient jdbc;

    NotificationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One notification for each enabled member of the account (with one of the roles, when given). */
    public void insertForAccount(long accountId, List<String> roles, Instant at, String key, String arguments, String link) {
        jdbc.sql("""
                        INSERT INTO notification (user_id, created_at, message_key, arguments, link)
                        SELECT m.user_id, :at, :key, :arguments, :link
                        FROM membership m JOIN app_user u ON u.id = m.user_id
                        WHERE m.account_id = :accountId AND u.enabled = TRUE AND m.role IN (:roles)""")
                .param("at", Timestamp.from(at)).param("key", key).param("arguments", arguments).param("link", link)
                .param("accountId", accountId).param("roles", roles).update();
    }

    /** One notification for one user. */
    public void insertForUser(long userId, Instant at, String key, String arguments, String link) {
        jdbc.sql("""
                        INSERT INTO notification (user_id, created_at, message_key, arguments, link)
                        VALUES (:userId, :at, :key, :arguments, :link)""")
                .param("userId", userId).param("at", Timestamp.from(at)).param("key", key)
                .param("arguments", arguments).param("link", link).update();
    }

    public void insertForStaff(Instant at, String key, String arguments, String link) {
        jdbc.sql("""
                        INSERT INTO notification (user_id, created_at, message_key, arguments, link)
                        SELECT id, :at, :key, :arguments, :link FROM app_user
                        WHERE platform_role IS NOT NULL AND enabled = TRUE""")
                .param("at", Timestamp.from(at)).param("key", key).param("arguments", arguments).param("link", link)
                .update();
    }

    public List<PortalNotification> latest(long userId, int limit) {
        return jdbc.sql("""
                        SELECT id, created_at, message_key, arguments, link, read_at FROM notification
                        WHERE user_id = :userId ORDER BY created_at DESC, id DESC LIMIT :limit""")
                .param("userId", userId).param("limit", limit)
                .query((rs, i) -> new PortalNotification(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                        rs.getString(4) == null ? List.of() : Arrays.asList(rs.getString(4).split(SEPARATOR, -1)),
                        rs.getString(5), rs.getTimestamp(6) != null))
                .list();
    }

    public int unread(long userId) {
        return jdbc.sql("SELECT COUNT(*) FROM notification WHERE user_id = :userId AND read_at IS NULL")
                .param("userId", userId).query(Integer.class).single();
    }

    public void markRead(long userId, long id, Instant at) {
        jdbc.sql("UPDATE notification SET read_at = :at WHERE id = :id AND user_id = :userId AND read_at IS NULL")
                .param("at", Timestamp.from(at)).param("id", id).param("userId", userId).update();
    }

    public void markAllRead(long userId, Instant at) {
        jdbc.sql("UPDATE notification SET read_at = :at WHERE user_id = :userId AND read_at IS NULL")
                .param("at", Timestamp.from(at)).param("userId", userId).update();
    }
}
