package com.publisherportal.subscriptions;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The metered usage events and their results. */
@Repository
class UsageRepository {

    /** A stored event with what sending it needs. */
    record StoredEvent(long id, String idempotencyKey, String subscriptionId, String dimension, String planId,
                       BigDecimal quantity, Instant effectiveStart, UsageStatus status, String reason,
                       String usageEventId, int attempts, boolean unanswered, long accountId, String unit,
                       BigDecimal usdPrice) {

        UsageOutcome outcome() {
            return new UsageOutcome(idempotencyKey, subscriptionId, dimension, quantity, effectiveStart, status, reason,
                    usageEventId);
        }
    }

    private static final String SELECT = """
            SELECT u.id, u.idempotency_key, s.subscription_id, u.dimension, u.plan_id, u.quantity, u.effective_start,
                   u.status, u.reason, u.usage_event_id, u.attempts, u.unanswered, u.account_id, u.unit, u.usd_price
              FROM saas_usage_event u JOIN saas_subscription s ON s.id = u.subscription_ref""";

    private final JdbcClient jdbc;

    UsageRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<StoredEvent> byKey(long accountId, String key) {
        return jdbc.sql(SELECT + " WHERE u.account_id = :a AND u.idempotency_key = :k").param("a", accountId)
                .param("k", key).query(this::map).optional();
    }

    long insert(long accountId, long subscriptionRef, String key, String dimension, String planId, BigDecimal quantity,
                Instant effectiveStart, UsageStatus status, String reason, Instant now, String unit, BigDecimal usdPrice) {
        jdbc.sql("""
                        INSERT INTO saas_usage_event (account_id, subscription_ref, idempotency_key, dimension, plan_id, quantity,
                            effective_start, status, reason, attempts, unanswered, created_at, unit, usd_price)
                        VALUES (:a, :s, :k, :d, :p, :q, :t, :status, :reason, 0, FALSE, :now, :unit, :price)""")
                .param("unit", unit).param("price", usdPrice)
                .param("a", accountId).param("s", subscriptionRef).param("k", key).param("d", dimension)
                .param("p", planId).param("q", quantity).param("t", SubscriptionRepository.ts(effectiveStart))
                .param("status", status.name()).param("reason", reason).param("now", SubscriptionRepository.ts(now))
                .update();
        return jdbc.sql("SELECT id FROM saas_usage_event WHERE account_id = :a AND idempotency_key = :k")
                .param("a", accountId).param("k", key).query(Long.class).single();
    }

    /** Counts an attempt before the call, so that an answer lost in a crash is known to have been sent. */
    void attempted(List<Long> ids, Instant now) {
        jdbc.sql("UPDATE saas_usage_event SET attempts = attempts + 1, sent_at = :now WHERE id IN (:ids)")
                .param("now", SubscriptionRepository.ts(now)).param("ids", ids).update();
    }

    /** A call that got no answer may have reached the marketplace: a later Duplicate is then this event's own copy. */
    void unanswered(List<Long> ids) {
        jdbc.sql("UPDATE saas_usage_event SET unanswered = TRUE WHERE id IN (:ids)").param("ids", ids).update();
    }

    /** Records an event's result once: answers whether it was still pending (false: recorded before). */
    boolean result(long id, UsageStatus status, String reason, String usageEventId) {
        return jdbc.sql("UPDATE saas_usage_event SET status = :s, reason = :r, usage_event_id = :u WHERE id = :id AND status = 'PENDING'")
                .param("s", status.name()).param("r", reason).param("u", usageEventId).param("id", id).update() > 0;
    }

    void pendingReason(List<Long> ids, String reason) {
        jdbc.sql("UPDATE saas_usage_event SET reason = :r WHERE id IN (:ids) AND status = 'PENDING'")
                .param("r", reason).param("ids", ids).update();
    }

    List<StoredEvent> byIds(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " WHERE u.id IN (:ids) ORDER BY u.id").param("ids", ids).query(this::map).list();
    }

    /** Events still pending from before {@code before}, oldest first: the retry job's work. */
    List<StoredEvent> pendingBefore(Instant before, int limit) {
        return jdbc.sql(SELECT + " WHERE u.status = 'PENDING' AND u.created_at < :b ORDER BY u.id FETCH FIRST " + limit + " ROWS ONLY")
                .param("b", SubscriptionRepository.ts(before)).query(this::map).list();
    }

    Optional<Long> accountOf(long eventId) {
        return jdbc.sql("SELECT account_id FROM saas_usage_event WHERE id = :id").param("id", eventId)
                .query(Long.class).optional();
    }

    /** Per month and dimension, newest month first. */
    List<UsageMonth> months(long accountId, String subscriptionId) {
        Map<String, long[]> counts = new LinkedHashMap<>();
        Map<String, BigDecimal> quantities = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT EXTRACT(YEAR FROM u.effective_start) AS y, EXTRACT(MONTH FROM u.effective_start) AS m,
                               u.dimension, u.status, COUNT(*) AS n, SUM(u.quantity) AS q
                          FROM saas_usage_event u JOIN saas_subscription s ON s.id = u.subscription_ref
                         WHERE u.account_id = :a""" + (subscriptionId == null ? " " : " AND s.subscription_id = :sid ") + """
                         GROUP BY EXTRACT(YEAR FROM u.effective_start), EXTRACT(MONTH FROM u.effective_start), u.dimension, u.status
                         ORDER BY 1 DESC, 2 DESC, 3""")
                .params(subscriptionId == null ? Map.of("a", accountId) : Map.of("a", accountId, "sid", subscriptionId))
                .query(rs -> {
                    String key = rs.getInt("y") + "-" + rs.getInt("m") + "|" + rs.getString("dimension");
                    long[] c = counts.computeIfAbsent(key, k -> new long[4]);
                    UsageStatus status = UsageStatus.valueOf(rs.getString("status"));
                    c[status.ordinal()] += rs.getLong("n");
                    if (status == UsageStatus.ACCEPTED) {
                        quantities.merge(key, rs.getBigDecimal("q"), BigDecimal::add);
                    }
                });
        List<UsageMonth> months = new ArrayList<>();
        counts.forEach((key, c) -> {
            String[] parts = key.split("\\|", 2);
            String[] ym = parts[0].split("-");
            months.add(new UsageMonth(YearMonth.of(Integer.parseInt(ym[0]), Integer.parseInt(ym[1])), parts[1],
                    quantities.get(key), (int) c[UsageStatus.ACCEPTED.ordinal()], (int) c[UsageStatus.DUPLICATE.ordinal()],
                    (int) c[UsageStatus.REJECTED.ordinal()], (int) c[UsageStatus.PENDING.ordinal()]));
        });
        return months;
    }

    private StoredEvent map(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        OffsetDateTime start = rs.getObject("effective_start", OffsetDateTime.class);
        return new StoredEvent(rs.getLong("id"), rs.getString("idempotency_key"), rs.getString("subscription_id"),
                rs.getString("dimension"), rs.getString("plan_id"), rs.getBigDecimal("quantity"),
                start == null ? null : start.toInstant(), UsageStatus.valueOf(rs.getString("status")),
                rs.getString("reason"), rs.getString("usage_event_id"), rs.getInt("attempts"),
                rs.getBoolean("unanswered"), rs.getLong("account_id"), rs.getString("unit"), rs.getBigDecimal("usd_price"));
    }
}
