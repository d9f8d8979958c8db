package com.publisherportal.subscriptions;

import com.publisherportal.common.RowWindow;
import com.publisherportal.common.SortKey;
import com.publisherportal.common.SqlOrder;
import com.publisherportal.common.SqlWhere;
import com.publisherportal.subscriptions.MarketplaceApi.Action;
import com.publisherportal.subscriptions.MarketplaceApi.SubscriptionStatus;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The register's SQL: subscriptions (joined read-only onto the offer's name, which the grid sorts by) and operations. */
@Repository
class SubscriptionRepository {

    private static final String SELECT = """
            SELECT s.id, s.subscription_id, s.account_id, s.offer_ref, o.name AS offer_name, s.name, s.plan_id,
                   s.quantity, s.status, s.term_unit, s.term_start, s.term_end, s.auto_renew, s.is_test,
                   s.purchaser_email, s.purchaser_tenant, s.beneficiary_email, s.beneficiary_tenant,
                   s.created_at, s.activated_at, s.cancelled_at, s.version
              FROM saas_subscription s JOIN offer o ON o.id = s.offer_ref""";

    static final SqlOrder ORDER = new SqlOrder(Map.of(
            "offer", "o.name", "name", "s.name", "plan", "s.plan_id", "quantity", "s.quantity",
            "status", "s.status", "termEnd", "s.term_end", "createdAt", "s.created_at"),
            "s.created_at DESC", "s.id DESC");

    private final JdbcClient jdbc;

    SubscriptionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<SaasSubscription> bySubscriptionId(String subscriptionId) {
        return jdbc.sql(SELECT + " WHERE s.subscription_id = :id").param("id", subscriptionId).query(MAPPER).optional();
    }

    Optional<SaasSubscription> byRef(long ref) {
        return jdbc.sql(SELECT + " WHERE s.id = :id").param("id", ref).query(MAPPER).optional();
    }

    long insert(String subscriptionId, long accountId, long offerRef, String name, String planId, Integer quantity,
                SubscriptionStatus status, boolean autoRenew, boolean test, MarketplaceApi.Party purchaser,
                MarketplaceApi.Party beneficiary, Instant now) {
        jdbc.sql("""
                        INSERT INTO saas_subscription (subscription_id, account_id, offer_ref, name, plan_id, quantity, status,
                            auto_renew, is_test, purchaser_email, purchaser_tenant, beneficiary_email, beneficiary_tenant,
                            created_at, updated_at, version)
                        VALUES (:sid, :account, :offer, :name, :plan, :quantity, :status, :renew, :test, :pe, :pt, :be, :bt,
                            :now, :now, 0)""")
                .param("sid", subscriptionId).param("account", accountId).param("offer", offerRef)
                .param("name", name).param("plan", planId).param("quantity", quantity).param("status", status.name())
                .param("renew", autoRenew).param("test", test)
                .param("pe", purchaser == null ? null : purchaser.emailId())
                .param("pt", purchaser == null ? null : purchaser.tenantId())
                .param("be", beneficiary == null ? null : beneficiary.emailId())
                .param("bt", beneficiary == null ? null : beneficiary.tenantId())
                .param("now", ts(now)).update();
        return jdbc.sql("SELECT id FROM saas_subscription WHERE subscription_id = :sid").param("sid", subscriptionId)
                .query(Long.class).single();
    }

    /** Writes the subscription's new state if nobody changed it since {@code version}; false otherwise. */
    boolean update(long ref, int version, String planId, Integer quantity, SubscriptionStatus status, String termUnit,
                   LocalDate termStart, LocalDate termEnd, Long activatedBy, Instant activatedAt, Instant cancelledAt,
                   Instant now) {
        return jdbc.sql("""
                        UPDATE saas_subscription SET plan_id = :plan, quantity = :quantity, status = :status,
                            term_unit = :unit, term_start = :start, term_end = :end,
                            activated_by = COALESCE(:by, activated_by), activated_at = COALESCE(:activated, activated_at),
                            cancelled_at = COALESCE(:cancelled, cancelled_at), updated_at = :now, version = version + 1
                         WHERE id = :id AND version = :version""")
                .param("plan", planId).param("quantity", quantity).param("status", status.name())
                .param("unit", termUnit).param("start", termStart == null ? null : Date.valueOf(termStart))
                .param("end", termEnd == null ? null : Date.valueOf(termEnd)).param("by", by(activatedBy))
                .param("activated", ts(activatedAt)).param("cancelled", ts(cancelledAt)).param("now", ts(now))
                .param("id", ref).param("version", version).update() == 1;
    }

    boolean operationExists(String operationId) {
        return jdbc.sql("SELECT COUNT(*) FROM saas_operation WHERE operation_id = :id").param("id", operationId)
                .query(Integer.class).single() > 0;
    }

    Optional<SubscriptionOperation.Outcome> operationOutcome(String operationId) {
        return jdbc.sql("SELECT outcome FROM saas_operation WHERE operation_id = :id").param("id", operationId)
                .query(String.class).optional().map(SubscriptionOperation.Outcome::valueOf);
    }

    void insertOperation(long subscriptionRef, String operationId, Action action, String planId, Integer quantity,
                         SubscriptionOperation.Outcome outcome, Instant now) {
        jdbc.sql("""
                        INSERT INTO saas_operation (subscription_ref, operation_id, action, plan_id, quantity, outcome, received_at)
                        VALUES (:ref, :id, :action, :plan, :quantity, :outcome, :now)""")
                .param("ref", subscriptionRef).param("id", operationId).param("action", action.name())
                .param("plan", planId).param("quantity", quantity).param("outcome", outcome.name())
                .param("now", ts(now)).update();
    }

    void setOutcome(String operationId, SubscriptionOperation.Outcome outcome) {
        jdbc.sql("UPDATE saas_operation SET outcome = :outcome WHERE operation_id = :id")
                .param("outcome", outcome.name()).param("id", operationId).update();
    }

    List<SubscriptionOperation> operations(long subscriptionRef) {
        return jdbc.sql("""
                        SELECT operation_id, action, plan_id, quantity, outcome, received_at FROM saas_operation
                         WHERE subscription_ref = :ref ORDER BY received_at, id""")
                .param("ref", subscriptionRef)
                .query((rs, i) -> new SubscriptionOperation(rs.getString(1), Action.valueOf(rs.getString(2)),
                        rs.getString(3), (Integer) rs.getObject(4), SubscriptionOperation.Outcome.valueOf(rs.getString(5)),
                        instant(rs.getObject(6, OffsetDateTime.class))))
                .list();
    }

    List<SaasSubscription> page(long accountId, SubscriptionFilter filter, List<SortKey> sorts, RowWindow window) {
        SqlWhere where = where(accountId, filter);
        return jdbc.sql(SELECT + where.sql() + ORDER.orderBy(sorts) + window.sql()).params(where.params())
                .query(MAPPER).list();
    }

    int count(long accountId, SubscriptionFilter filter) {
        SqlWhere where = where(accountId, filter);
        return jdbc.sql("SELECT COUNT(*) FROM saas_subscription s JOIN offer o ON o.id = s.offer_ref" + where.sql())
                .params(where.params()).query(Integer.class).single();
    }

    /** The account's subscriptions by status, for the register's summary. */
    Map<SubscriptionStatus, Integer> countsByStatus(long accountId) {
        Map<SubscriptionStatus, Integer> counts = new java.util.EnumMap<>(SubscriptionStatus.class);
        jdbc.sql("SELECT status, COUNT(*) FROM saas_subscription WHERE account_id = :a GROUP BY status")
                .param("a", accountId)
                .query(rs -> {
                    counts.put(SubscriptionStatus.valueOf(rs.getString(1)), rs.getInt(2));
                });
        return counts;
    }

    private static SqlWhere where(long accountId, SubscriptionFilter filter) {
        SqlWhere where = new SqlWhere().equal("s.account_id", "account", accountId);
        if (!filter.statuses().isEmpty()) {
            where.and("s.status IN (:statuses)", "statuses", filter.statuses().stream().map(Enum::name).toList());
        }
        if (filter.offerRef() != null) {
            where.equal("s.offer_ref", "offer", filter.offerRef());
        }
        if (filter.text() != null) {
            where.containsIgnoringCase("text", filter.text(), "s.name", "s.plan_id", "s.subscription_id");
        }
        return where;
    }

    private static final RowMapper<SaasSubscription> MAPPER = (rs, i) -> new SaasSubscription(
            rs.getLong("id"), rs.getString("subscription_id"), rs.getLong("account_id"), rs.getLong("offer_ref"),
            rs.getString("offer_name"), rs.getString("name"), rs.getString("plan_id"), (Integer) rs.getObject("quantity"),
            SubscriptionStatus.valueOf(rs.getString("status")), rs.getString("term_unit"),
            date(rs.getDate("term_start")), date(rs.getDate("term_end")), rs.getBoolean("auto_renew"),
            rs.getBoolean("is_test"), rs.getString("purchaser_email"), rs.getString("purchaser_tenant"),
            rs.getString("beneficiary_email"), rs.getString("beneficiary_tenant"),
            instant(rs.getObject("created_at", OffsetDateTime.class)),
            instant(rs.getObject("activated_at", OffsetDateTime.class)),
            instant(rs.getObject("cancelled_at", OffsetDateTime.class)), rs.getInt("version"));

    private static LocalDate date(Date date) {
        return date == null ? null : date.toLocalDate();
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Long by(Long userId) {
        return userId;
    }
}
