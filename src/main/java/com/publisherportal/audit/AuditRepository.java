package com.publisherportal.audit;

import com.publisherportal.common.RowWindow;
import com.publisherportal.common.SortKey;
import com.publisherportal.common.SqlOrder;
import com.publisherportal.common.SqlWhere;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;

@Repository
class AuditRepository {

    private static final SqlOrder ORDER = new SqlOrder(Map.of(
            "occurredAt", "a.occurred_at",
            "actorEmail", "a.actor_email",
            "accountName", "p.display_name",
            "entityType", "a.entity_type",
            "action", "a.action"), "a.occurred_at DESC", "a.id DESC");

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

    public List<AuditEntry> find(AuditFilter filter, List<SortKey> sorts, RowWindow window) {
        SqlWhere where = where(filter);
        String order = ORDER.orderBy(sorts);
        // The page is picked from the log before its entries are joined to the names they show: joined
        // first, the database joined an account's whole log to show the dashboard's eight newest entries.
        // Only an order on a joined column (the account's name) needs the join before paging.
        boolean pagesBeforeJoining = ORDER.readsOnly("a", sorts);
        String entries = pagesBeforeJoining
                ? "(SELECT * FROM audit_log a" + where.sql() + order + window.sql() + ") a"
                : "audit_log a";
        String sql = """
                SELECT a.id, a.occurred_at, a.actor_id, a.actor_email, a.account_id, p.display_name AS account_name,
                       a.entity_type, a.entity_id, a.action, a.details,
                       CASE WHEN u.id IS NOT NULL THEN u.display_name || ' <' || u.email || '>' ELSE o.name END AS subject
                FROM\s""" + entries + """
                \sLEFT JOIN publisher_account p ON p.id = a.account_id
                LEFT JOIN app_user u ON a.entity_type IN ('user', 'staff')
                    AND u.id = CASE WHEN a.entity_type IN ('user', 'staff') THEN CAST(a.entity_id AS BIGINT) END
                LEFT JOIN offer o ON a.entity_type = 'offer'
                    AND o.id = CASE WHEN a.entity_type = 'offer' THEN CAST(a.entity_id AS BIGINT) END"""
                + (pagesBeforeJoining ? order : where.sql() + order + window.sql());
        return jdbc.sql(sql).params(where.params())
                .query((rs, i) -> new AuditEntry(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(),
                        (Long) rs.getObject("actor_id", Long.class), rs.getString("actor_email"),
                        (Long) rs.getObject("account_id", Long.class), rs.getString("account_name"),
                        rs.getString("entity_type"), rs.getString("entity_id"), rs.getString("action"),
                        rs.getString("details"), rs.getString("subject")))
                .list();
    }

    public int count(AuditFilter filter) {
        SqlWhere where = where(filter);
        return jdbc.sql("SELECT COUNT(*) FROM audit_log a" + where.sql()).params(where.params())
                .query(Integer.class).single();
    }

    /** The actions that occur in the log (of one account, or of all when null), for the filter. */
    public List<String> distinctActions(Long accountId) {
        return jdbc.sql("SELECT DISTINCT action FROM audit_log" + (accountId == null ? "" : " WHERE account_id = :accountId")
                        + " ORDER BY action")
                .params(accountId == null ? Map.of() : Map.of("accountId", accountId))
                .query(String.class).list();
    }

    private static SqlWhere where(AuditFilter f) {
        SqlWhere where = new SqlWhere()
                .equal("a.account_id", "accountId", f.accountId())
                .containsIgnoringCase("actor", f.actor(), "a.actor_email");
        if (f.action() != null && !f.action().isBlank()) {
            where.and("a.action = :action", "action", f.action());
        }
        if (f.entityType() != null && !f.entityType().isBlank()) {
            where.and("a.entity_type = :entityType", "entityType", f.entityType());
        }
        if (f.from() != null) {
            where.and("a.occurred_at >= :from", "from", Timestamp.from(f.from()));
        }
        if (f.to() != null) {
            where.and("a.occurred_at < :to", "to", Timestamp.from(f.to()));
        }
        return where;
    }
}
