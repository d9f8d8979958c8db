package com.publisherportal.account;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/** E-mail choices and the recipients they select (users without a row have the defaults). */
@Repository
class EmailPreferenceRepository {

    private final JdbcClient jdbc;

    EmailPreferenceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<EmailPreferences> find(long userId) {
        return jdbc.sql("""
                        SELECT p.*, u.preferred_language FROM email_preference p JOIN app_user u ON u.id = p.user_id
                        WHERE p.user_id = :userId""")
                .param("userId", userId)
                .query((rs, i) -> preferences(rs)).optional();
    }

    /** Inserts the first choice or updates the one at {@code expectedVersion}; false when someone saved meanwhile. */
    boolean save(long userId, EmailPreferences p) {
        var statement = p.version() == null
                ? jdbc.sql("""
                        INSERT INTO email_preference (user_id, language, decisions, certification_results, messages,
                                                      new_leads, overdue_follow_ups, subscriptions, version)
                        SELECT :userId, :language, :decisions, :certification, :messages, :newLeads, :overdue,
                               :subscriptions, 0
                        WHERE NOT EXISTS (SELECT 1 FROM email_preference WHERE user_id = :userId)""")
                : jdbc.sql("""
                        UPDATE email_preference SET language = :language, decisions = :decisions,
                               certification_results = :certification, messages = :messages, new_leads = :newLeads,
                               overdue_follow_ups = :overdue, subscriptions = :subscriptions, version = version + 1
                        WHERE user_id = :userId AND version = :version""").param("version", p.version());
        return statement.param("userId", userId).param("language", p.language())
                .param("decisions", p.receives(EmailTopic.DECISIONS))
                .param("certification", p.receives(EmailTopic.CERTIFICATION_RESULTS))
                .param("messages", p.receives(EmailTopic.MESSAGES))
                .param("newLeads", p.receives(EmailTopic.NEW_LEADS))
                .param("overdue", p.receives(EmailTopic.OVERDUE_FOLLOW_UPS))
                .param("subscriptions", p.receives(EmailTopic.SUBSCRIPTIONS))
                .update() == 1;
    }

    /**
     * Enabled users who receive {@code topic}: one user, the members of an account with one of
     * {@code roles} (all members when empty), or all members of any account with those roles.
     */
    List<EmailRecipient> recipients(Long userId, Long accountId, Collection<String> roles, EmailTopic topic) {
        StringBuilder sql = new StringBuilder("""
                SELECT u.id, u.email, COALESCE(p.language, u.preferred_language) AS language, m.account_id
                FROM app_user u
                LEFT JOIN membership m ON m.user_id = u.id
                LEFT JOIN email_preference p ON p.user_id = u.id
                WHERE u.enabled = TRUE AND COALESCE(p.""").append(topic.column()).append(", ")
                .append(topic.onByDefault() ? "TRUE" : "FALSE").append(") = TRUE");
        if (userId != null) {
            sql.append(" AND u.id = :userId");
        }
        if (accountId != null) {
            sql.append(" AND m.account_id = :accountId");
        }
        if (!roles.isEmpty()) {
            sql.append(" AND m.role IN (:roles)");
        }
        sql.append(" ORDER BY u.id");
        var statement = jdbc.sql(sql.toString());
        if (userId != null) {
            statement = statement.param("userId", userId);
        }
        if (accountId != null) {
            statement = statement.param("accountId", accountId);
        }
        if (!roles.isEmpty()) {
            statement = statement.param("roles", List.copyOf(roles));
        }
        return statement.query((rs, i) -> new EmailRecipient(rs.getLong("id"), rs.getString("email"),
                rs.getString("language"), (Long) rs.getObject("account_id", Long.class))).list();
    }

    private static EmailPreferences preferences(ResultSet rs) throws SQLException {
        EnumSet<EmailTopic> on = EnumSet.noneOf(EmailTopic.class);
        for (EmailTopic topic : EmailTopic.values()) {
            if (rs.getBoolean(topic.column())) {
                on.add(topic);
            }
        }
        String language = rs.getString("language");
        return new EmailPreferences(on, language != null ? language : rs.getString("preferred_language"),
                rs.getInt("version"));
    }
}
