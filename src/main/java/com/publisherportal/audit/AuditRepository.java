package com.publisherportal.audit;

import com.publisherportal.common.PageRequest;
import com.publisherportal.common.SqlText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

@Repository
public class AuditRepository {

    private static final Map<String, String> SORTABLE = Map.of(
            "occurredAt", "a.occurred_at",
            "actorEmail", "a.actor_email",
            "accountName", "p.display_name",
            "entityType", "a.entity_type",
            "action", "a.action");

    private final JdbcClient jdbc;

    AuditRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Instant at, Long actorId, String actorEmail, Long accountId, String entityType,
                       String entityId, String action, String details) {
        jdbc.sql("""
                        INSERT INTO audit_log (occurred_at, actor_id, actor_email, account_id, entity_type, entity_id, action, details)
                        VALUES (:at, :actorId, :actorEmail, :accountId, :entityType, :entityId, :action, :details)""")
                .param("at", Timestamp.from(at))
                .param("actorId", actorId)
                .param("actorEmail", actorEmail)
                .param("accountId", accountId)
                .param("entityType", entityType)
                .param("entityId", entityId)
                .param("action", action)
                .param("details", details == null || details.length() <= 2000 ? details : details.substring(0, 2000))
                .update();
    }

    public List<AuditEntry> find(AuditFilter filter, PageRequest page) {
        Where where = where(filter);
        String sql = """
                SELECT a.id, a.occurred_at, a.actor_id, a.actor_email, a.account_id, p.display_name AS account_name,
                       a.entity_type, a.entity_id, a.action, a.details
                FROM audit_log a LEFT JOIN publisher_account p ON p.id = a.account_id""" + where.sql
                + page.orderBy(SORTABLE, "a.occurred_at DESC", "a.id DESC");
        return jdbc.sql(sql).params(where.params)
                .query((rs, i) -> new AuditEntry(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(),
                        (Long) rs.getObject("actor_id", Long.class), rs.getString("actor_email"),
                        (Long) rs.getObject("account_id", Long.class), rs.getString("account_name"),
                        rs.getString("entity_type"), rs.getString("entity_id"), rs.getString("action"),
                        rs.getString("details")))
                .list();
    }

    public int count(AuditFilter filter) {
        Where where = where(filter);
        return jdbc.sql("SELECT COUNT(*) FROM audit_log a" + where.sql).params(where.params)
                .query(Integer.class).single();
    }

    /** The actions that occur in the log (of one account, or of all when null), for the filter. */
    public List<String> distinctActions(Long accountId) {
        return jdbc.sql("SELECT DISTINCT action FROM audit_log" + (accountId == null ? "" : " WHERE account_id = :accountId")
                        + " ORDER BY action")
                .params(accountId == null ? Map.of() : Map.of("accountId", accountId))
                .query(String.class).list();
    }

    private record Where(String sql, Map<String, Object> params) {
    }

    private static Where where(AuditFilter f) {
        List<String> clauses = new ArrayList<>();
        Map<String, Object> params = new java.util.HashMap<>();
        if (f.accountId() != null) {
            clauses.add("a.account_id = :accountId");
            params.put("accountId", f.accountId());
        }
        if (f.actor() != null && !f.actor().isBlank()) {
            clauses.add("LOWER(a.actor_email) LIKE :actor");
            params.put("actor", SqlText.containsPattern(f.actor()));
        }
        if (f.action() != null && !f.action().isBlank()) {
            clauses.add("a.action = :action");
            params.put("action", f.action());
        }
        if (f.entityType() != null && !f.entityType().isBlank()) {
            clauses.add("a.entity_type = :entityType");
            params.put("entityType", f.entityType());
        }
        if (f.from() != null) {
            clauses.add("a.occurred_at >= :from");
            params.put("from", Timestamp.from(f.from()));
        }
        if (f.to() != null) {
            clauses.add("a.occurred_at < :to");
            params.put("to", Timestamp.from(f.to()));
        }
        return new Where(clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses), params);
    }
}
