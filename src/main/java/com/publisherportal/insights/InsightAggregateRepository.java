package com.publisherportal.insights;

import com.publisherportal.common.SqlWhere;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The monthly aggregates: what the dashboards, the campaign and deployment charts and the slice
 * pickers read (never the raw rows, except where a slice the aggregate lacks narrows a chart),
 * and their upkeep from the raw rows.
 */
@Repository
@org.springframework.modulith.NamedInterface("demo-data")
public class InsightAggregateRepository {

    /** The slices the monthly sales answer. */
    private static final SliceColumns SALES = SliceColumns.none().market("market").offer("offer_ref")
            .azureLicenseType("azure_license_type").marketplaceLicenseType("marketplace_license_type").sku("sku")
            .newCustomer("new_customer");
    /** The slices the monthly visits answer: page visits are anonymous. */
    private static final SliceColumns VISITS = SliceColumns.none().market("market").offer("offer_ref");
    /** Trending offers group by offer, so the offer slice does not narrow them. */
    private static final SliceColumns TRENDING_SALES = SliceColumns.none().market("m.market")
            .azureLicenseType("m.azure_license_type").marketplaceLicenseType("m.marketplace_license_type").sku("m.sku")
            .newCustomer("m.new_customer");
    private static final SliceColumns TRENDING_VISITS = SliceColumns.none().market("m.market");
    /** The raw deployments, for a chart that a market or offer narrows as it narrows the grid. */
    private static final SliceColumns RAW_DEPLOYMENTS = SliceColumns.none().market("customer_country").offer("offer_ref");

    private final JdbcClient jdbc;

    InsightAggregateRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An account's months from {@code from} (inclusive) to {@code to} (exclusive) of a table aliased {@code alias}. */
    private static SqlWhere months(String alias, long accountId, LocalDate from, LocalDate to) {
        return new SqlWhere().and(alias + "account_id = :a", "a", accountId)
                .and(alias + "month_start >= :from", "from", Date.valueOf(from))
                .and(alias + "month_start < :to", "to", Date.valueOf(to));
    }

    private static Map<String, Object> monthParams(long accountId, LocalDate from, LocalDate to) {
        Map<String, Object> params = new HashMap<>();
        params.put("a", accountId);
        params.put("from", Date.valueOf(from));
        params.put("to", Date.valueOf(to));
        return params;
    }

    // ---------------------------------------------------------------- slice pickers

    /** Distinct SKUs of the account's orders, for the slice picker. */
    List<String> skus(long accountId) {
        return jdbc.sql("SELECT DISTINCT sku FROM insight_monthly_sales WHERE account_id = :a ORDER BY sku")
                .param("a", accountId).query(String.class).list();
    }

    /** Markets (country codes) the account has figures for, for the slice picker. */
    List<String> markets(long accountId) {
        return jdbc.sql("""
                        SELECT market FROM insight_monthly_sales WHERE account_id = :a
                        UNION SELECT market FROM insight_monthly_visits WHERE account_id = :a ORDER BY 1""")
                .param("a", accountId).query(String.class).list();
    }


    // ---------------------------------------------------------------- dashboards

    /** Figures per month from {@code from} (inclusive) to {@code to} (exclusive), months without data omitted. */
    Map<YearMonth, MonthFigures> monthly(long accountId, LocalDate from, LocalDate to, InsightSlice slice) {
        Map<YearMonth, MonthFigures> result = new LinkedHashMap<>();
        SqlWhere sales = months("", accountId, from, to);
        SALES.apply(slice, sales);
        jdbc.sql("""
                        SELECT month_start, SUM(orders) AS orders, SUM(order_quantity) AS qty, SUM(cancellations) AS canc,
                               SUM(new_customers) AS newc, SUM(lost_customers) AS lost, SUM(usage_hours) AS hours,
                               SUM(revenue) AS revenue
                        FROM insight_monthly_sales""" + sales.sql() + " GROUP BY month_start")
                .params(sales.params()).query(rs -> {
                    YearMonth month = YearMonth.from(rs.getDate("month_start").toLocalDate());
                    result.put(month, new MonthFigures(month, rs.getLong("orders"), rs.getLong("qty"), rs.getLong("canc"),
                            rs.getLong("newc"), rs.getLong("lost"), rs.getBigDecimal("hours"), rs.getBigDecimal("revenue"),
                            0, 0));
                });
        SqlWhere visits = months("", accountId, from, to);
        VISITS.apply(slice, visits);
        jdbc.sql("SELECT month_start, SUM(page_visits) AS visits, SUM(calls_to_action) AS cta FROM insight_monthly_visits"
                        + visits.sql() + " GROUP BY month_start")
                .params(visits.params()).query(rs -> {
                    YearMonth month = YearMonth.from(rs.getDate("month_start").toLocalDate());
                    MonthFigures v = new MonthFigures(month, 0, 0, 0, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO,
                            rs.getLong("visits"), rs.getLong("cta"));
                    result.merge(month, v, MonthFigures::plus);
                });
        return result;
    }

    /** Revenue (or, for {@code byVisits}, page visits) per offer in the range and in the period before. */
    List<TrendingOffer> trendingOffers(long accountId, InsightRange range, InsightSlice slice, boolean byVisits) {
        SqlWhere where = months("m.", accountId, range.previous().start(), range.end())
                .param("start", Date.valueOf(range.start()));
        (byVisits ? TRENDING_VISITS : TRENDING_SALES).apply(slice, where);
        String table = byVisits ? "insight_monthly_visits" : "insight_monthly_sales";
        String measure = byVisits ? "m.page_visits" : "m.revenue";
        String sql = "SELECT m.offer_ref, o.name, SUM(CASE WHEN m.month_start >= :start THEN " + measure + " ELSE 0 END) AS cur,"
                + " SUM(CASE WHEN m.month_start < :start THEN " + measure + " ELSE 0 END) AS prev"
                + " FROM " + table + " m JOIN offer o ON o.id = m.offer_ref" + where.sql()
                + " GROUP BY m.offer_ref, o.name";
        return jdbc.sql(sql).params(where.params()).query((rs, i) -> new TrendingOffer(rs.getLong("offer_ref"),
                rs.getString("name"), rs.getBigDecimal("cur"), rs.getBigDecimal("prev"))).list();
    }

    List<CampaignFigures> campaigns(long accountId, InsightRange range, InsightSlice slice) {
        SqlWhere where = months("", accountId, range.start(), range.end());
        VISITS.apply(slice, where);
        String sql = "SELECT campaign_src, campaign_id, SUM(page_visits) AS visits, SUM(calls_to_action) AS cta"
                + " FROM insight_monthly_visits" + where.sql()
                + " GROUP BY campaign_src, campaign_id ORDER BY visits DESC, campaign_src, campaign_id";
        return jdbc.sql(sql).params(where.params()).query((rs, i) -> new CampaignFigures(rs.getString("campaign_src"),
                rs.getString("campaign_id"), rs.getLong("visits"), rs.getLong("cta"))).list();
    }

    List<GuidFigures> deploymentsByGuid(long accountId, InsightRange range) {
        return jdbc.sql("""
                        SELECT tracking_guid, SUM(deployments) AS d, SUM(succeeded) AS s FROM insight_monthly_deployments
                        WHERE account_id = :a AND month_start >= :from AND month_start < :to
                        GROUP BY tracking_guid ORDER BY d DESC, tracking_guid""")
                .params(monthParams(accountId, range.start(), range.end()))
                .query((rs, i) -> new GuidFigures(rs.getString("tracking_guid"), rs.getLong("d"), rs.getLong("s"))).list();
    }

    /**
     * Deployments per month of the range (for the trend chart): from the monthly aggregate, or,
     * when a market or offer narrows it as it narrows the grid, from the raw rows of the range.
     */
    Map<YearMonth, Long> deploymentsByMonth(long accountId, InsightRange range, InsightSlice slice) {
        SqlWhere where = months("", accountId, range.start(), range.end());
        String table;
        if (slice.market() == null && slice.offerRef() == null) {
            table = "insight_monthly_deployments";
        } else {
            table = "insight_deployment";
            RAW_DEPLOYMENTS.apply(slice, where);
        }
        Map<YearMonth, Long> result = new LinkedHashMap<>();
        jdbc.sql("SELECT month_start, SUM(deployments) AS d FROM " + table + where.sql() + " GROUP BY month_start")
                .params(where.params()).query(rs -> {
                    result.put(YearMonth.from(rs.getDate("month_start").toLocalDate()), rs.getLong("d"));
                });
        return result;
    }

    // ---------------------------------------------------------------- deployments of tracking GUIDs

    /**
     * Deployments of one tracking GUID per calendar month from {@code from} on, whichever account
     * reported them; months without any are absent. Grouped in SQL (index on GUID and date, V9).
     */
    Map<YearMonth, Long> guidDeploymentsByMonth(String trackingGuid, LocalDate from) {
        Map<YearMonth, Long> result = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT EXTRACT(YEAR FROM deployment_date) AS y, EXTRACT(MONTH FROM deployment_date) AS m,
                               SUM(deployments) AS n
                        FROM insight_deployment
                        WHERE tracking_guid = :guid AND deployment_date >= :from
                        GROUP BY EXTRACT(YEAR FROM deployment_date), EXTRACT(MONTH FROM deployment_date)
                        ORDER BY y, m""")
                .param("guid", trackingGuid).param("from", Date.valueOf(from))
                .query(rs -> {
                    result.put(YearMonth.of(rs.getInt("y"), rs.getInt("m")), rs.getLong("n"));
                });
        return result;
    }

    /** Total deployments since {@code from} of each of the tracking GUIDs that has any, whichever account reported them. */
    Map<String, Long> guidDeploymentTotals(Collection<String> trackingGuids, LocalDate from) {
        Map<String, Long> totals = new HashMap<>();
        if (trackingGuids.isEmpty()) {
            return totals;
        }
        jdbc.sql("""
                        SELECT tracking_guid, SUM(deployments) AS n FROM insight_deployment
                        WHERE tracking_guid IN (:guids) AND deployment_date >= :from
                        GROUP BY tracking_guid""")
                .param("guids", List.copyOf(trackingGuids)).param("from", Date.valueOf(from))
                .query(rs -> {
                    totals.merge(rs.getString("tracking_guid").trim(), rs.getLong("n"), Long::sum);
                });
        return totals;
    }

    // ---------------------------------------------------------------- aggregates upkeep

    /**
     * Rebuilds the monthly aggregates of an account for the months {@code from} (inclusive) to
     * {@code to} (exclusive) from the raw rows: delete and re-insert in one transaction, so a
     * dashboard never sees a half-built month.
     */
    public void refreshMonths(long accountId, LocalDate from, LocalDate to) {
        refreshSalesMonths(accountId, from, to);
        refreshVisitMonths(accountId, from, to);
        refreshDeploymentMonths(accountId, from, to);
    }

    /** Orders, cancellations, usage and revenue: reads every usage row of the months. */
    private void refreshSalesMonths(long accountId, LocalDate from, LocalDate to) {
        Map<String, Object> params = monthParams(accountId, from, to);
        jdbc.sql("DELETE FROM insight_monthly_sales WHERE account_id = :a AND month_start >= :from AND month_start < :to")
                .params(params).update();
        jdbc.sql("""
                        INSERT INTO insight_monthly_sales (account_id, month_start, offer_ref, market, azure_license_type,
                            marketplace_license_type, sku, new_customer, orders, order_quantity, cancellations,
                            new_customers, lost_customers, usage_hours, revenue)
                        SELECT account_id, m, offer_ref, market, azl, mpl, sku, nc, SUM(orders), SUM(qty), SUM(canc),
                               SUM(newc), SUM(lost), SUM(hours), SUM(rev)
                        FROM (
                            SELECT account_id, month_start AS m, offer_ref, customer_country AS market,
                                   azure_license_type AS azl, marketplace_license_type AS mpl, sku, is_new_customer AS nc,
                                   1 AS orders, order_quantity AS qty, 0 AS canc,
                                   CASE WHEN is_new_customer THEN 1 ELSE 0 END AS newc, 0 AS lost,
                                   CAST(0 AS DECIMAL(18, 4)) AS hours, CAST(0 AS DECIMAL(18, 2)) AS rev
                            FROM insight_order WHERE account_id = :a AND month_start >= :from AND month_start < :to
                            UNION ALL
                            SELECT account_id, cancel_month, offer_ref, customer_country, azure_license_type,
                                   marketplace_license_type, sku, is_new_customer, 0, 0, 1, 0,
                                   CASE WHEN customer_lost THEN 1 ELSE 0 END, CAST(0 AS DECIMAL(18, 4)), CAST(0 AS DECIMAL(18, 2))
                            FROM insight_order WHERE account_id = :a AND cancel_month >= :from AND cancel_month < :to
                            UNION ALL
                            SELECT account_id, month_start, offer_ref, customer_country, azure_license_type,
                                   marketplace_license_type, sku, is_new_customer, 0, 0, 0, 0, 0,
                                   CASE WHEN usage_unit = 'Hours' THEN normalized_usage ELSE 0 END, estimated_charge
                            FROM insight_usage WHERE account_id = :a AND month_start >= :from AND month_start < :to
                        ) t
                        GROUP BY account_id, m, offer_ref, market, azl, mpl, sku, nc""")
                .params(params).update();
    }

    /** Visits and calls to action only, for the storefront's own roll-up (no usage row is read). */
    void refreshVisitMonths(long accountId, LocalDate from, LocalDate to) {
        Map<String, Object> params = monthParams(accountId, from, to);
        jdbc.sql("DELETE FROM insight_monthly_visits WHERE account_id = :a AND month_start >= :from AND month_start < :to")
                .params(params).update();
        jdbc.sql("""
                        INSERT INTO insight_monthly_visits (account_id, month_start, offer_ref, market, campaign_src,
                            campaign_id, page_visits, calls_to_action)
                        SELECT account_id, month_start, offer_ref, country, campaign_src, campaign_id, SUM(page_visits),
                               SUM(get_it_now + contact_me + test_drive + free_trial)
                        FROM insight_visit WHERE account_id = :a AND month_start >= :from AND month_start < :to
                        GROUP BY account_id, month_start, offer_ref, country, campaign_src, campaign_id""")
                .params(params).update();
    }

    private void refreshDeploymentMonths(long accountId, LocalDate from, LocalDate to) {
        Map<String, Object> params = monthParams(accountId, from, to);
        jdbc.sql("DELETE FROM insight_monthly_deployments WHERE account_id = :a AND month_start >= :from AND month_start < :to")
                .params(params).update();
        jdbc.sql("""
                        INSERT INTO insight_monthly_deployments (account_id, month_start, tracking_guid, deployments, succeeded)
                        SELECT account_id, month_start, tracking_guid, SUM(deployments), SUM(succeeded)
                        FROM insight_deployment WHERE account_id = :a AND month_start >= :from AND month_start < :to
                        GROUP BY account_id, month_start, tracking_guid""")
                .params(params).update();
    }

    /** Accounts that have any raw insight rows, for the scheduled refresh. */
    List<Long> accountsWithData() {
        return jdbc.sql("""
                        SELECT DISTINCT account_id FROM insight_order UNION SELECT DISTINCT account_id FROM insight_visit
                        UNION SELECT DISTINCT account_id FROM insight_deployment""")
                .query(Long.class).list();
    }

}
