package com.publisherportal.onboarding;

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

/** The staff queue: open nominations, registrations, certifications and stop sells in one list, oldest first. */
@Repository
class ReviewQueueRepository {

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

    private static final SqlOrder ORDER = new SqlOrder(Map.of(
            "submittedAt", "q.submitted_at", "dueAt", "q.due_at", "publisherName", "p.display_name",
            "kind", "q.kind", "title", "q.title"), "q.submitted_at ASC", "q.kind, q.id");

    private final JdbcClient jdbc;

    ReviewQueueRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<QueueItem> find(QueueFilter filter, Instant now, Instant todayEnd, List<SortKey> sorts, RowWindow window) {
        SqlWhere where = where(filter, now, todayEnd);
        return jdbc.sql("""
                        SELECT q.kind, q.id, q.account_id, p.display_name, q.title, q.submitted_at, q.due_at, u.display_name AS claimer
                        FROM (""" + ITEMS + ") q JOIN publisher_account p ON p.id = q.account_id"
                        + " LEFT JOIN app_user u ON u.id = q.claimed_by" + where.sql()
                        + ORDER.orderBy(sorts) + window.sql())
                .params(where.params())
                .query((rs, i) -> new QueueItem(QueueKind.valueOf(rs.getString(1)), rs.getLong(2), rs.getLong(3),
                        rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant(), rs.getTimestamp(7).toInstant(),
                        rs.getString(8)))
                .list();
    }

    public int count(QueueFilter filter, Instant now, Instant todayEnd) {
        SqlWhere where = where(filter, now, todayEnd);
        return jdbc.sql("SELECT COUNT(*) FROM (" + ITEMS + ") q" + where.sql()).params(where.params())
                .query(Integer.class).single();
    }

    /** Overdue items per reviewer who has claimed them (display name), most first; unclaimed ones under null. */
    public List<ReviewerLoad> overdueByReviewer(Instant now) {
        return jdbc.sql("SELECT u.display_name, COUNT(*) FROM (" + ITEMS + ") q LEFT JOIN app_user u ON u.id = q.claimed_by"
                        + " WHERE q.due_at < :now GROUP BY u.display_name ORDER BY COUNT(*) DESC, u.display_name")
                .param("now", Timestamp.from(now))
                .query((rs, i) -> new ReviewerLoad(rs.getString(1), rs.getInt(2))).list();
    }

    private static SqlWhere where(QueueFilter f, Instant now, Instant todayEnd) {
        SqlWhere where = new SqlWhere()
                .equal("q.kind", "kind", f.kind() == null ? null : f.kind().name())
                .equal("q.account_id", "accountId", f.accountId());
        if (f.claim() == QueueFilter.Claim.UNCLAIMED) {
            where.and("q.claimed_by IS NULL");
        } else if (f.claim() == QueueFilter.Claim.CLAIMED_BY) {
            where.and("q.claimed_by = :claimedBy", "claimedBy", f.claimedBy());
        }
        if (f.submittedBefore() != null) {
            where.and("q.submitted_at < :before", "before", Timestamp.from(f.submittedBefore()));
        }
        if (f.clock() != null) {
            where.param("now", Timestamp.from(now)).param("todayEnd", Timestamp.from(todayEnd));
            where.and(switch (f.clock()) {
                case OVERDUE -> "q.due_at < :now";
                case DUE_TODAY -> "q.due_at >= :now AND q.due_at <= :todayEnd";
                case ON_TIME -> "q.due_at > :todayEnd";
            });
        }
        return where;
    }
}
