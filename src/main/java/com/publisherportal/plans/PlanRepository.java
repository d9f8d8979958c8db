package com.publisherportal.plans;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The plans' tables: plans, meters, private tenants, markets, prices and overrides, the published
 * copy, and the staff's markets. Public for the demo data only (its named interface).
 */
@Repository
@org.springframework.modulith.NamedInterface("demo-data")
public class PlanRepository {

    private static final String PLAN_COLUMNS = """
            id, offer_id, plan_id, name, summary, description, visibility, hidden, pricing_model, free_trial,
            min_seats, max_seats, position, created_at, updated_at, version""";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    PlanRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    // Plans

    public List<Plan> plans(long offerId) {
        return jdbc.sql("SELECT " + PLAN_COLUMNS + " FROM plan WHERE offer_id = :offerId AND deleted = FALSE ORDER BY position, id")
                .param("offerId", offerId).query(PlanRepository::plan).list();
    }

    public Optional<Plan> plan(long offerId, String planId) {
        return jdbc.sql("SELECT " + PLAN_COLUMNS + " FROM plan WHERE offer_id = :offerId AND plan_id = :planId AND deleted = FALSE")
                .param("offerId", offerId).param("planId", planId).query(PlanRepository::plan).optional();
    }

    /** Whether the id was ever used in the offer, by a current or a deleted plan. */
    public boolean idUsed(long offerId, String planId) {
        return jdbc.sql("SELECT COUNT(*) FROM plan WHERE offer_id = :offerId AND plan_id = :planId")
                .param("offerId", offerId).param("planId", planId).query(Integer.class).single() > 0;
    }

    public Plan insert(long offerId, NewPlan plan, Visibility visibility, Long userId, Instant at) {
        int position = jdbc.sql("SELECT COALESCE(MAX(position), 0) + 1 FROM plan WHERE offer_id = :offerId")
                .param("offerId", offerId).query(Integer.class).single();
        jdbc.sql("""
                        INSERT INTO plan (offer_id, plan_id, name, summary, description, visibility, hidden, free_trial,
                                          deleted, position, created_by, created_at, updated_by, updated_at, version)
                        VALUES (:offerId, :planId, :name, :summary, :description, :visibility, FALSE, FALSE,
                                FALSE, :position, :userId, :at, :userId, :at, 0)""")
                .param("offerId", offerId).param("planId", plan.planId()).param("name", plan.details().name())
                .param("summary", plan.details().summary()).param("description", plan.details().description())
                .param("visibility", visibility.name()).param("position", position).param("userId", userId)
                .param("at", Timestamp.from(at)).update();
        return plan(offerId, plan.planId()).orElseThrow();
    }

    /** Takes the next version of a plan if it still has the expected one: false when someone changed it meanwhile. */
    public boolean touch(long ref, int expectedVersion, Long userId, Instant at) {
        return jdbc.sql("""
                        UPDATE plan SET version = version + 1, updated_by = :userId, updated_at = :at
                        WHERE id = :ref AND version = :version AND deleted = FALSE""")
                .param("ref", ref).param("version", expectedVersion).param("userId", userId)
                .param("at", Timestamp.from(at)).update() == 1;
    }

    public void updateDetails(long ref, PlanDetails details) {
        jdbc.sql("UPDATE plan SET name = :name, summary = :summary, description = :description WHERE id = :ref")
                .param("ref", ref).param("name", details.name()).param("summary", details.summary())
                .param("description", details.description()).update();
    }

    public void updateVisibility(long ref, Visibility visibility, boolean hidden) {
        jdbc.sql("UPDATE plan SET visibility = :visibility, hidden = :hidden WHERE id = :ref")
                .param("ref", ref).param("visibility", visibility.name()).param("hidden", hidden).update();
    }

    public void updatePricing(long ref, PricingModel model, boolean freeTrial, Integer minSeats, Integer maxSeats) {
        jdbc.sql("""
                        UPDATE plan SET pricing_model = :model, free_trial = :trial, min_seats = :minSeats,
                               max_seats = :maxSeats WHERE id = :ref""")
                .param("ref", ref).param("model", model == null ? null : model.name()).param("trial", freeTrial)
                .param("minSeats", minSeats).param("maxSeats", maxSeats).update();
    }

    public void markDeleted(long ref) {
        jdbc.sql("UPDATE plan SET deleted = TRUE WHERE id = :ref").param("ref", ref).update();
    }

    // Meters and prices

    /** The plan's meters, with their USD price (0 when it has none). */
    public List<Meter> meters(long ref) {
        return jdbc.sql("""
                        SELECT m.dimension_id, m.display_name, m.unit_of_measure, p.usd_price, m.included_quantity,
                               m.included_term
                        FROM plan_meter m LEFT JOIN plan_price p ON p.plan_ref = m.plan_ref AND p.kind = 'METER_UNIT'
                             AND p.price_key = m.dimension_id
                        WHERE m.plan_ref = :ref ORDER BY m.position""")
                .param("ref", ref)
                .query((rs, n) -> new Meter(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getBigDecimal(4) == null ? BigDecimal.ZERO : amount(rs.getBigDecimal(4), 2), rs.getLong(5),
                        MeterTerm.valueOf(rs.getString(6))))
                .list();
    }

    public void replaceMeters(long ref, List<Meter> meters) {
        jdbc.sql("DELETE FROM plan_meter WHERE plan_ref = :ref").param("ref", ref).update();
        int position = 0;
        for (Meter m : meters) {
            jdbc.sql("""
                            INSERT INTO plan_meter (plan_ref, dimension_id, display_name, unit_of_measure, included_quantity,
                                                    included_term, position)
                            VALUES (:ref, :id, :name, :unit, :included, :term, :position)""")
                    .param("ref", ref).param("id", m.dimensionId()).param("name", m.displayName())
                    .param("unit", m.unitOfMeasure()).param("included", m.includedQuantity())
                    .param("term", m.term().name()).param("position", position++).update();
        }
    }

    /** The USD price of each price point of the plan (meters included), in a stable order. */
    public Map<PricePoint, BigDecimal> usdPrices(long ref) {
        Map<PricePoint, BigDecimal> prices = new LinkedHashMap<>();
        jdbc.sql("SELECT kind, price_key, usd_price FROM plan_price WHERE plan_ref = :ref ORDER BY kind, price_key")
                .param("ref", ref)
                .query(rs -> {
                    prices.put(new PricePoint(PriceKind.valueOf(rs.getString(1)), rs.getString(2)), amount(rs.getBigDecimal(3), 2));
                });
        return prices;
    }

    /** Replaces the USD prices, and forgets the overrides of price points the plan no longer has. */
    public void replacePrices(long ref, Map<PricePoint, BigDecimal> prices) {
        jdbc.sql("DELETE FROM plan_price WHERE plan_ref = :ref").param("ref", ref).update();
        prices.forEach((point, usd) -> jdbc.sql("""
                        INSERT INTO plan_price (plan_ref, kind, price_key, usd_price) VALUES (:ref, :kind, :key, :usd)""")
                .param("ref", ref).param("kind", point.kind().name()).param("key", point.key()).param("usd", usd).update());
        jdbc.sql("""
                        DELETE FROM plan_price_override WHERE plan_ref = :ref AND NOT EXISTS (SELECT 1 FROM plan_price p
                          WHERE p.plan_ref = plan_price_override.plan_ref AND p.kind = plan_price_override.kind
                          AND p.price_key = plan_price_override.price_key)""")
                .param("ref", ref).update();
    }

    /** The publisher's prices per market and price point, in the market's currency. */
    public Map<String, Map<PricePoint, BigDecimal>> overrides(long ref) {
        Map<String, Map<PricePoint, BigDecimal>> overrides = new HashMap<>();
        jdbc.sql("SELECT market, kind, price_key, amount FROM plan_price_override WHERE plan_ref = :ref")
                .param("ref", ref)
                .query(rs -> {
                    overrides.computeIfAbsent(rs.getString(1), m -> new HashMap<>())
                            .put(new PricePoint(PriceKind.valueOf(rs.getString(2)), rs.getString(3)), amount(rs.getBigDecimal(4), 0));
                });
        return overrides;
    }

    public void setOverride(long ref, String market, PricePoint point, BigDecimal amount) {
        jdbc.sql("DELETE FROM plan_price_override WHERE plan_ref = :ref AND market = :market AND kind = :kind AND price_key = :key")
                .param("ref", ref).param("market", market).param("kind", point.kind().name()).param("key", point.key())
                .update();
        if (amount != null) {
            jdbc.sql("""
                            INSERT INTO plan_price_override (plan_ref, market, kind, price_key, amount)
                            VALUES (:ref, :market, :kind, :key, :amount)""")
                    .param("ref", ref).param("market", market).param("kind", point.kind().name())
                    .param("key", point.key()).param("amount", amount).update();
        }
    }

    // Private tenants

    public List<String> tenants(long ref) {
        return jdbc.sql("SELECT tenant_id FROM plan_tenant WHERE plan_ref = :ref ORDER BY tenant_id")
                .param("ref", ref).query(String.class).list();
    }

    public int tenantCount(long ref) {
        return jdbc.sql("SELECT COUNT(*) FROM plan_tenant WHERE plan_ref = :ref").param("ref", ref).query(Integer.class).single();
    }

    public boolean addTenant(long ref, String tenantId) {
        if (jdbc.sql("SELECT COUNT(*) FROM plan_tenant WHERE plan_ref = :ref AND tenant_id = :id")
                .param("ref", ref).param("id", tenantId).query(Integer.class).single() > 0) {
            return false;
        }
        jdbc.sql("INSERT INTO plan_tenant (plan_ref, tenant_id) VALUES (:ref, :id)").param("ref", ref).param("id", tenantId).update();
        return true;
    }

    public boolean removeTenant(long ref, String tenantId) {
        return jdbc.sql("DELETE FROM plan_tenant WHERE plan_ref = :ref AND tenant_id = :id")
                .param("ref", ref).param("id", tenantId).update() > 0;
    }

    public void replaceTenants(long ref, List<String> tenantIds) {
        jdbc.sql("DELETE FROM plan_tenant WHERE plan_ref = :ref").param("ref", ref).update();
        List<Object[]> rows = new ArrayList<>(tenantIds.size());
        tenantIds.forEach(id -> rows.add(new Object[]{ref, id}));
        batch.batchUpdate("INSERT INTO plan_tenant (plan_ref, tenant_id) VALUES (?, ?)", rows);
    }

    // Markets of a plan

    public Set<String> planMarkets(long ref) {
        return new LinkedHashSet<>(jdbc.sql("SELECT market FROM plan_market WHERE plan_ref = :ref ORDER BY market")
                .param("ref", ref).query(String.class).list());
    }

    public void replacePlanMarkets(long ref, Set<String> markets) {
        jdbc.sql("DELETE FROM plan_market WHERE plan_ref = :ref").param("ref", ref).update();
        List<Object[]> rows = new ArrayList<>();
        markets.forEach(m -> rows.add(new Object[]{ref, m}));
        batch.batchUpdate("INSERT INTO plan_market (plan_ref, market) VALUES (?, ?)", rows);
    }

    /** Markets and private tenants per plan of the offer, for its list of plans. */
    public Map<Long, int[]> counts(long offerId) {
        Map<Long, int[]> counts = new HashMap<>();
        jdbc.sql("""
                        SELECT p.id, (SELECT COUNT(*) FROM plan_market m WHERE m.plan_ref = p.id),
                               (SELECT COUNT(*) FROM plan_tenant t WHERE t.plan_ref = p.id)
                        FROM plan p WHERE p.offer_id = :offerId AND p.deleted = FALSE""")
                .param("offerId", offerId)
                .query(rs -> {
                    counts.put(rs.getLong(1), new int[]{rs.getInt(2), rs.getInt(3)});
                });
        return counts;
    }

    // The staff's markets

    public List<StaffMarket> markets() {
        return jdbc.sql("SELECT code, currency, usd_rate, tax_remitted, version FROM market ORDER BY code")
                .query((rs, n) -> new StaffMarket(market(rs), rs.getInt(5))).list();
    }

    public boolean updateMarket(Market market, int expectedVersion) {
        return jdbc.sql("""
                        UPDATE market SET currency = :currency, usd_rate = :rate, tax_remitted = :tax, version = version + 1
                        WHERE code = :code AND version = :version""")
                .param("code", market.code()).param("currency", market.currency()).param("rate", market.usdRate())
                .param("tax", market.taxRemitted()).param("version", expectedVersion).update() == 1;
    }

    // The published copy

    public Optional<Publication> publication(long offerId) {
        return jdbc.sql("SELECT fingerprint, content, published_at FROM plan_publication WHERE offer_id = :offerId")
                .param("offerId", offerId)
                .query((rs, n) -> new Publication(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant()))
                .optional();
    }

    public void savePublication(long offerId, Publication publication) {
        jdbc.sql("DELETE FROM plan_publication WHERE offer_id = :offerId").param("offerId", offerId).update();
        jdbc.sql("""
                        INSERT INTO plan_publication (offer_id, published_at, fingerprint, content)
                        VALUES (:offerId, :at, :fingerprint, :content)""")
                .param("offerId", offerId).param("at", Timestamp.from(publication.publishedAt()))
                .param("fingerprint", publication.fingerprint()).param("content", publication.content()).update();
    }

    public void saveReviewSnapshot(long reviewId, long offerId, Instant takenAt, String content) {
        jdbc.sql("INSERT INTO plan_review_snapshot (review_id, offer_id, taken_at, content) VALUES (:r, :o, :t, :c)")
                .param("r", reviewId).param("o", offerId).param("t", Timestamp.from(takenAt)).param("c", content).update();
    }

    /** The plans (JSON) as the offer's latest certification decision saw them, with when it was made. */
    public Optional<Publication> latestReviewSnapshot(long offerId) {
        return jdbc.sql("SELECT content, taken_at FROM plan_review_snapshot WHERE offer_id = :o"
                        + " ORDER BY taken_at DESC, review_id DESC FETCH FIRST 1 ROWS ONLY")
                .param("o", offerId)
                .query((rs, n) -> new Publication("", rs.getString(1), rs.getTimestamp(2).toInstant()))
                .optional();
    }

    /** The published copy of an offer's plans (JSON) and the fingerprint of the working copy it was made from. */
    public record Publication(String fingerprint, String content, Instant publishedAt) {
    }

    /** An amount as stored (4 decimals) without its trailing zeros, keeping at least {@code minScale} decimals: 12.00, 0.035, 1500. */
    private static BigDecimal amount(BigDecimal stored, int minScale) {
        BigDecimal plain = stored.stripTrailingZeros();
        return plain.scale() < minScale ? plain.setScale(minScale) : plain;
    }

    private static Market market(ResultSet rs) throws SQLException {
        return new Market(rs.getString(1).strip(), rs.getString(2).strip(), rs.getBigDecimal(3), rs.getBoolean(4));
    }

    private static Plan plan(ResultSet rs, int n) throws SQLException {
        String model = rs.getString("pricing_model");
        return new Plan(rs.getLong("id"), rs.getLong("offer_id"), rs.getString("plan_id"), rs.getString("name"),
                rs.getString("summary"), rs.getString("description"), Visibility.valueOf(rs.getString("visibility")),
                rs.getBoolean("hidden"), model == null ? null : PricingModel.valueOf(model), rs.getBoolean("free_trial"),
                (Integer) rs.getObject("min_seats", Integer.class), (Integer) rs.getObject("max_seats", Integer.class),
                rs.getInt("position"), rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant(),
                rs.getInt("version"));
    }
}
