package com.publisherportal.onboarding;

import com.publisherportal.common.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The staff queue: open nominations, registrations, certifications and stop sells in one list, oldest first. */
@Repository
public class ReviewQueueRepository {

    private static final String ITEMS = """
            SELECT 'NOMINATION' AS kind, n.id, n.account_id, n.product_name AS title, n.submitted_at, n.due_at, n.claimed_by
              FROM nomination n WHERE n.status = 'SUBMITTED'
            UNION ALL
            SELECT 'REGISTRATION', r.id, r.account_id, r.legal_name, r.submitted_at, r.due_at, r.claimed_by
              FROM seller_registration r WHERE r.status = 'SUBMITTED'
            UNION ALL
            SELECT 'CERTIFICATION', o.id, o.account_id, o.name, o.submitted_at, o.due_at, o.claimed_by
              FROM offer o WHERE o.status IN ('SUBMITTED', 'IN_CERTIFICATION')
            UNION ALL
            SELECT 'STOP_SELL', o.id, o.account_id, o.name, o.submitted_at, o.due_at, o.claimed_by
              FROM offer o WHERE o.status = 'STOP_SELL_PENDING'""";

    private static final Map<String, String> SORTABLE = Map.of(
            "submittedAt", "q.submitted_at", "dueAt", "q.due_at", "publisherName", "p.display_name",
            "kind", "q.kind", "title", "q.title");

    private final JdbcClient jdbc;

    ReviewQueueRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<QueueItem> find(QueueFilter filter, Instant now, Instant todayEnd, PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, now, todayEnd, params);
        return jdbc.sql("""
                        SELECT q.kind, q.id, q.account_id, p.display_name, q.title, q.submitted_at, q.due_at, u.display_name AS claimer
                        FROM (""" + ITEMS + ") q JOIN publisher_account p ON p.id = q.account_id"
                        + " LEFT JOIN app_user u ON u.id = q.claimed_by" + where
                        + page.orderBy(SORTABLE, "q.submitted_at ASC", "q.kind, q.id"))
                .params(params)
                .query((rs, i) -> new QueueItem(QueueKind.valueOf(rs.getString(1)), rs.getLong(2), rs.getLong(3),
                        rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant(), rs.getTimestamp(7).toInstant(),
                        rs.getString(8)))
                .list();
    }

    public int count(QueueFilter filter, Instant now, Instant todayEnd) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, now, todayEnd, params);
        return jdbc.sql("SELECT COUNT(*) FROM (" + ITEMS + ") q" + where).params(params).query(Integer.class).single();
    }

    private static String where(QueueFilter f, Instant now, Instant todayEnd, Map<String, Object> params) {
        List<String> clauses = new ArrayList<>();
        if (f.kind() != null) {
            clauses.add("q.kind = :kind");
            params.put("kind", f.kind().name());
        }
        if (f.accountId() != null) {
            clauses.add("q.account_id = :accountId");
            params.put("accountId", f.accountId());
        }
        if (f.submittedBefore() != null) {
            clauses.add("q.submitted_at < :before");
            params.put("before", Timestamp.from(f.submittedBefore()));
        }
        if (f.clock() != null) {
            params.put("now", Timestamp.from(now));
            params.put("todayEnd", Timestamp.from(todayEnd));
            clauses.add(switch (f.clock()) {
                case OVERDUE -> "q.due_at < :now";
                case DUE_TODAY -> "q.due_at >= :now AND q.due_at <= :todayEnd";
                case ON_TIME -> "q.due_at > :todayEnd";
            });
        }
        return clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
    }
}
