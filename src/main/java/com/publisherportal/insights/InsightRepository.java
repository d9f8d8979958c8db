package com.publisherportal.insights;

import com.publisherportal.common.Database;
import com.publisherportal.common.RowWindow;
import com.publisherportal.common.SortKey;
import com.publisherportal.common.SqlOrder;
import com.publisherportal.common.SqlText;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * All SQL of the insights: the raw rows behind the grids (filtered, sorted and paged in SQL, or
 * streamed row by row for exports), the monthly aggregates the dashboards read, and bulk loading.
 */
@Repository
public class InsightRepository {

    /** Rows fetched per round trip while an export streams (PostgreSQL would otherwise buffer all). */
    private static final int STREAM_FETCH_SIZE = 2_000;

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final NamedParameterJdbcTemplate streaming;
    private final Database database;

    InsightRepository(JdbcClient jdbc, DataSource dataSource, Database database) {
        this.jdbc = jdbc;
        this.database = database;
        this.batch = new JdbcTemplate(dataSource);
        JdbcTemplate streamingTemplate = new JdbcTemplate(dataSource);
        streamingTemplate.setFetchSize(STREAM_FETCH_SIZE);
        this.streaming = new NamedParameterJdbcTemplate(streamingTemplate);
    }

    // ---------------------------------------------------------------- grids

    /**
     * How one report's rows are read: table, range column, slice columns, sortable columns, and
     * the sort columns that have an index behind the market or offer filter (see {@link #orderBy}).
     */
    private record Spec<T>(String select, String dateColumn, String market, String offer, String azure,
                           String marketplace, String sku, String newCustomer, List<String> search,
                           Map<String, String> sortable, String defaultOrder, Set<String> marketIndexed,
                           Set<String> offerIndexed, RowMapper<T> mapper) {
    }

    /** The usage sorts an index serves, alone or behind the market or offer (V6, V10). */
    private static final Set<String> USAGE_INDEXED_SORTS = Set.of("usageDate", "estimatedCharge");

    /**
     * The columns a report's grid sorts by on screen. Countries are not among them: the grid
     * shows their names in the reader's language, which no SQL order of the codes matches; the
     * market picker slices by country instead. Usage, the table of millions of rows, sorts on
     * screen only where an index keeps a first page at a millisecond; exports and the reports API
     * sort by any column of the report, as they read every row anyway.
     */
    public static Set<String> gridSortable(ReportKind kind) {
        return kind == ReportKind.USAGE ? USAGE_INDEXED_SORTS : spec(kind).sortable().keySet();
    }

    private static Map<String, String> sorts(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    private static final Spec<OrderRow> ORDERS = new Spec<>("""
            SELECT r.id, r.offer_ref, r.offer_name, r.offer_type, r.marketplace_subscription_id, r.month_start,
                   r.azure_license_type, r.marketplace_license_type, r.sku, r.customer_country, r.order_id,
                   r.order_quantity, r.order_status, r.purchase_date, r.cancel_date, r.trial_end_date, r.is_new_customer
            FROM insight_order r""", "r.purchase_date", "r.customer_country", "r.offer_ref", "r.azure_license_type",
            "r.marketplace_license_type", "r.sku", "r.is_new_customer", List.of("r.order_id", "r.marketplace_subscription_id"),
            sorts("purchaseDate", "r.purchase_date", "offerName", "r.offer_name", "offerType", "r.offer_type", "sku", "r.sku",
                    "azureLicenseType", "r.azure_license_type",
                    "marketplaceLicenseType", "r.marketplace_license_type", "orderQuantity", "r.order_quantity",
                    "orderStatus", "r.order_status", "cancelDate", "r.cancel_date", "trialEndDate", "r.trial_end_date",
                    "newCustomer", "r.is_new_customer", "monthStart", "r.month_start", "orderId", "r.order_id",
                    "marketplaceSubscriptionId", "r.marketplace_subscription_id"),
            "r.purchase_date DESC", Set.of("r.purchase_date"), Set.of("r.purchase_date"),
            (rs, i) -> new OrderRow(rs.getLong("id"), rs.getLong("offer_ref"),
            rs.getString("offer_name"), rs.getString("offer_type"), rs.getString("marketplace_subscription_id"),
            date(rs, "month_start"), AzureLicenseType.valueOf(rs.getString("azure_license_type")),
            MarketplaceLicenseType.valueOf(rs.getString("marketplace_license_type")), rs.getString("sku"),
            rs.getString("customer_country"), rs.getString("order_id"), rs.getInt("order_quantity"),
            rs.getString("order_status"), date(rs, "purchase_date"), date(rs, "cancel_date"),
            date(rs, "trial_end_date"), rs.getBoolean("is_new_customer")));

    private static final Spec<UsageRow> USAGE = new Spec<>("""
            SELECT r.id, r.usage_date, r.offer_name, r.sku, r.vm_size, r.customer_country, r.azure_license_type,
                   r.marketplace_license_type, r.is_new_customer, r.normalized_usage, r.raw_usage, r.metered_usage,
                   r.usage_unit, r.estimated_charge, r.marketplace_subscription_id
            FROM insight_usage r""", "r.usage_date", "r.customer_country", "r.offer_ref", "r.azure_license_type",
            "r.marketplace_license_type", "r.sku", "r.is_new_customer", List.of("r.marketplace_subscription_id"),
            sorts("usageDate", "r.usage_date", "offerName", "r.offer_name", "sku", "r.sku", "vmSize", "r.vm_size",
                    "azureLicenseType", "r.azure_license_type",
                    "marketplaceLicenseType", "r.marketplace_license_type", "newCustomer", "r.is_new_customer",
                    "normalizedUsage", "r.normalized_usage", "rawUsage", "r.raw_usage", "meteredUsage", "r.metered_usage",
                    "usageUnit", "r.usage_unit", "estimatedCharge", "r.estimated_charge",
                    "marketplaceSubscriptionId", "r.marketplace_subscription_id"),
            "r.usage_date DESC", Set.of("r.usage_date", "r.estimated_charge"), Set.of("r.usage_date"),
            (rs, i) -> new UsageRow(rs.getLong("id"), date(rs, "usage_date"),
            rs.getString("offer_name"), rs.getString("sku"), rs.getString("vm_size"), rs.getString("customer_country"),
            AzureLicenseType.valueOf(rs.getString("azure_license_type")),
            MarketplaceLicenseType.valueOf(rs.getString("marketplace_license_type")), rs.getBoolean("is_new_customer"),
            rs.getBigDecimal("normalized_usage"), rs.getBigDecimal("raw_usage"), rs.getBigDecimal("metered_usage"),
            rs.getString("usage_unit"), rs.getBigDecimal("estimated_charge"), rs.getString("marketplace_subscription_id")));

    /** Customers: the range keeps those acquired before its end; licence, offer and SKU slices ask their orders. */
    private static final Spec<CustomerRow> CUSTOMERS = new Spec<>("""
            SELECT r.id, r.reseller, r.first_name, r.last_name, r.email, r.company_name, r.transaction_date,
                   r.subscription_name, r.azure_subscription_id, r.cloud_instance_name, r.order_count, r.country,
                   r.city, r.communication_culture, r.zip_code
            FROM insight_customer r""", "r.transaction_date", "r.country", null, null, null, null, null,
            List.of("r.company_name"),
            sorts("companyName", "r.company_name", "firstName", "r.first_name", "lastName", "r.last_name",
                    "email", "r.email", "transactionDate", "r.transaction_date", "city", "r.city",
                    "zipCode", "r.zip_code", "communicationCulture", "r.communication_culture",
                    "orderCount", "r.order_count", "reseller", "r.reseller", "subscriptionName", "r.subscription_name",
                    "azureSubscriptionId", "r.azure_subscription_id", "cloudInstanceName", "r.cloud_instance_name"),
            "r.transaction_date DESC", Set.of("r.transaction_date"), Set.of(),
            (rs, i) -> new CustomerRow(rs.getLong("id"), rs.getString("reseller"),
            rs.getString("first_name"), rs.getString("last_name"), rs.getString("email"), rs.getString("company_name"),
            date(rs, "transaction_date"), rs.getString("subscription_name"), rs.getString("azure_subscription_id"),
            rs.getString("cloud_instance_name"), rs.getInt("order_count"), rs.getString("country"), rs.getString("city"),
            rs.getString("communication_culture"), rs.getString("zip_code")));

    private static final Spec<VisitRow> VISITS = new Spec<>("""
            SELECT r.id, r.visit_date, r.offer_name, r.referral_domain, r.country, r.campaign_src, r.campaign_id,
                   r.page_visits, r.get_it_now, r.contact_me, r.test_drive, r.free_trial
            FROM insight_visit r""", "r.visit_date", "r.country", "r.offer_ref", null, null, null, null,
            List.of("r.referral_domain", "r.campaign_src", "r.campaign_id"),
            sorts("date", "r.visit_date", "offerName", "r.offer_name", "referralDomain", "r.referral_domain",
                    "campaignSource", "r.campaign_src", "campaignId", "r.campaign_id",
                    "pageVisits", "r.page_visits", "getItNow", "r.get_it_now", "contactMe", "r.contact_me",
                    "testDrive", "r.test_drive", "freeTrial", "r.free_trial",
                    "callToActionRate", "CASE WHEN r.page_visits = 0 THEN NULL ELSE (r.get_it_now + r.contact_me + r.test_drive + r.free_trial) * 1.0 / r.page_visits END"),
            "r.visit_date DESC", Set.of(), Set.of("r.visit_date"),
            (rs, i) -> new VisitRow(rs.getLong("id"), date(rs, "visit_date"),
            rs.getString("offer_name"), rs.getString("referral_domain"), rs.getString("country"),
            rs.getString("campaign_src"), rs.getString("campaign_id"), rs.getInt("page_visits"), rs.getInt("get_it_now"),
            rs.getInt("contact_me"), rs.getInt("test_drive"), rs.getInt("free_trial")));

    private static final Spec<DeploymentRow> DEPLOYMENTS = new Spec<>("""
            SELECT r.id, r.deployment_date, r.tracking_guid, r.offer_name, r.method, r.customer_country,
                   r.azure_region, r.deployments, r.succeeded
            FROM insight_deployment r""", "r.deployment_date", "r.customer_country", "r.offer_ref", null, null, null,
            null, List.of("r.tracking_guid", "r.azure_region"),
            sorts("date", "r.deployment_date", "trackingGuid", "r.tracking_guid", "offerName", "r.offer_name",
                    "method", "r.method", "azureRegion", "r.azure_region",
                    "deployments", "r.deployments", "succeeded", "r.succeeded"),
            "r.deployment_date DESC", Set.of(), Set.of(),
            (rs, i) -> new DeploymentRow(rs.getLong("id"), date(rs, "deployment_date"),
            rs.getString("tracking_guid"), rs.getString("offer_name"), rs.getString("method"),
            rs.getString("customer_country"), rs.getString("azure_region"), rs.getInt("deployments"),
            rs.getInt("succeeded")));

    @SuppressWarnings("unchecked")
    private static <T> Spec<T> spec(ReportKind kind) {
        return (Spec<T>) switch (kind) {
            case ORDERS -> ORDERS;
            case USAGE -> USAGE;
            case CUSTOMERS -> CUSTOMERS;
            case INSIGHTS -> VISITS;
            case DEPLOYMENTS -> DEPLOYMENTS;
        };
    }

    private record Where(String sql, Map<String, Object> params) {
    }

    private static Where where(ReportKind kind, long accountId, InsightFilter filter) {
        Spec<?> spec = spec(kind);
        InsightSlice s = filter.slice();
        List<String> clauses = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        clauses.add("r.account_id = :accountId");
        params.put("accountId", accountId);
        params.put("start", Date.valueOf(filter.range().start()));
        params.put("end", Date.valueOf(filter.range().end()));
        if (kind == ReportKind.CUSTOMERS) {
            clauses.add("r.transaction_date < :end");
            if (s.customerType() == CustomerType.NEW) {
                clauses.add("r.transaction_date >= :start");
            } else if (s.customerType() == CustomerType.EXISTING) {
                clauses.add("r.transaction_date < :start");
            }
            List<String> orderClauses = new ArrayList<>();
            sliceClauses(s, null, "o.offer_ref", "o.azure_license_type", "o.marketplace_license_type", "o.sku", null,
                    orderClauses, params);
            if (!orderClauses.isEmpty()) {
                clauses.add("EXISTS (SELECT 1 FROM insight_order o WHERE o.customer_id = r.id AND "
                        + String.join(" AND ", orderClauses) + ")");
            }
            sliceClauses(s, spec.market(), null, null, null, null, null, clauses, params);
        } else {
            clauses.add(spec.dateColumn() + " >= :start");
            clauses.add(spec.dateColumn() + " < :end");
            sliceClauses(s, spec.market(), spec.offer(), spec.azure(), spec.marketplace(), spec.sku(), spec.newCustomer(),
                    clauses, params);
        }
        if (filter.search() != null && !spec.search().isEmpty()) {
            List<String> likes = spec.search().stream().map(c -> "LOWER(" + c + ") LIKE :search").toList();
            clauses.add("(" + String.join(" OR ", likes) + ")");
            params.put("search", SqlText.containsPattern(filter.search()));
        }
        return new Where(" WHERE " + String.join(" AND ", clauses), params);
    }

    /** The slice's conditions on the given columns; a null column is not sliced. */
    private static void sliceClauses(InsightSlice s, String market, String offer, String azure, String marketplace,
                                     String sku, String newCustomer, List<String> clauses, Map<String, Object> params) {
        if (s.market() != null && market != null) {
            clauses.add(market + " = :market");
            params.put("market", s.market());
        }
        if (s.offerRef() != null && offer != null) {
            clauses.add(offer + " = :offerRef");
            params.put("offerRef", s.offerRef());
        }
        if (s.azureLicenseType() != null && azure != null) {
            clauses.add(azure + " = :azure");
            params.put("azure", s.azureLicenseType().name());
        }
        if (s.marketplaceLicenseType() != null && marketplace != null) {
            clauses.add(marketplace + " = :marketplace");
            params.put("marketplace", s.marketplaceLicenseType().name());
        }
        if (s.sku() != null && sku != null) {
            clauses.add(sku + " = :sku");
            params.put("sku", s.sku());
        }
        if (s.customerType() != CustomerType.ALL && newCustomer != null) {
            clauses.add(newCustomer + " = :newCustomer");
            params.put("newCustomer", s.customerType() == CustomerType.NEW);
        }
    }

    /** One page of a report's rows, filtered, sorted and paged in SQL. */
    public <T> List<T> find(ReportKind kind, long accountId, InsightFilter filter, List<SortKey> sorts, RowWindow window) {
        Spec<T> spec = spec(kind);
        Where where = where(kind, accountId, filter);
        String sql = select(kind, filter, sorts) + where.sql() + orderBy(kind, filter, sorts) + window.sql();
        return jdbc.sql(sql).params(where.params()).query(spec.mapper()).list();
    }

    /** The sort column that leads the ORDER BY, and whether it runs ascending. */
    private record PrimarySort(String column, boolean ascending) {
        static PrimarySort of(Spec<?> spec, List<SortKey> sorts) {
            return sorts.stream().filter(s -> spec.sortable().containsKey(s.property())).findFirst()
                    .map(s -> new PrimarySort(spec.sortable().get(s.property()), s.ascending()))
                    .orElse(new PrimarySort(spec.defaultOrder().split(" ")[0], false));
        }
    }

    /**
     * The grid's ORDER BY. When the WHERE pins the market or offer and an index leads with that
     * column before the sort column, the ORDER BY names the pinned columns first: that changes no
     * order, but H2 only reads rows in index order when the ORDER BY starts with the index's own
     * leading columns, and then a first page reads ~50 index entries instead of sorting every
     * matching row. The id tiebreaker follows the primary sort's direction, as the indexes do.
     * PostgreSQL ignores the constants and reads descending indexes backwards.
     */
    private static String orderBy(ReportKind kind, InsightFilter filter, List<SortKey> sorts) {
        Spec<?> spec = spec(kind);
        PrimarySort primary = PrimarySort.of(spec, sorts);
        SqlOrder order = new SqlOrder(spec.sortable(), spec.defaultOrder(), primary.ascending() ? "r.id ASC" : "r.id DESC");
        String prefix = "r.account_id";
        if (filter.slice().market() != null && spec.marketIndexed().contains(primary.column())) {
            prefix += ", " + spec.market();
        } else if (filter.slice().offerRef() != null && spec.offerIndexed().contains(primary.column())) {
            prefix += ", " + spec.offer();
        }
        return order.orderBy(sorts, prefix);
    }

    /**
     * SELECT … FROM, with an index hint on H2 for the usage grid's sort by charge: H2 picks an
     * index by the filters' cost alone, so it would take the date range's index and sort every
     * row of the range. Not with a search, which is selective enough to sort what it finds.
     */
    private String select(ReportKind kind, InsightFilter filter, List<SortKey> sorts) {
        Spec<?> spec = spec(kind);
        PrimarySort primary = PrimarySort.of(spec, sorts);
        if (!database.isH2() || kind != ReportKind.USAGE || filter.search() != null
                || !primary.column().equals("r.estimated_charge")) {
            return spec.select();
        }
        String index = (filter.slice().market() != null ? "ix_insight_usage_country_charge" : "ix_insight_usage_charge")
                + (primary.ascending() ? "_asc" : "");
        return spec.select() + " USE INDEX (" + index + ")";
    }

    public int count(ReportKind kind, long accountId, InsightFilter filter) {
        Where where = where(kind, accountId, filter);
        String from = spec(kind).select().substring(spec(kind).select().indexOf("FROM "));
        return jdbc.sql("SELECT COUNT(*) " + from + where.sql()).params(where.params()).query(Integer.class).single();
    }

    /** Every matching row in the given order, handed over one at a time as the database reads them. */
    public <T> void stream(ReportKind kind, long accountId, InsightFilter filter, List<SortKey> sorts,
                           Consumer<? super T> consumer) {
        Spec<T> spec = spec(kind);
        Where where = where(kind, accountId, filter);
        RowMapper<T> mapper = spec.mapper();
        int[] rowNum = {0};
        String sql = select(kind, filter, sorts) + where.sql() + orderBy(kind, filter, sorts);
        database.streaming(() -> streaming.query(sql, new MapSqlParameterSource(where.params()),
                rs -> {
                    consumer.accept(mapper.mapRow(rs, rowNum[0]++));
                }));
    }

    /** The SQL a first page runs, with its parameters, for benchmarks that compare with the bare query. */
    public String pageSql(ReportKind kind, long accountId, InsightFilter filter, List<SortKey> sorts, RowWindow window,
                          Map<String, Object> paramsOut) {
        Where where = where(kind, accountId, filter);
        paramsOut.putAll(where.params());
        return select(kind, filter, sorts) + where.sql() + orderBy(kind, filter, sorts) + window.sql();
    }

    /** Distinct SKUs of the account's orders, for the slice picker. */
    public List<String> skus(long accountId) {
        return jdbc.sql("SELECT DISTINCT sku FROM insight_monthly_sales WHERE account_id = :a ORDER BY sku")
                .param("a", accountId).query(String.class).list();
    }

    /** Markets (country codes) the account has figures for, for the slice picker. */
    public List<String> markets(long accountId) {
        return jdbc.sql("""
                        SELECT market FROM insight_monthly_sales WHERE account_id = :a
                        UNION SELECT market FROM insight_monthly_visits WHERE account_id = :a ORDER BY 1""")
                .param("a", accountId).query(String.class).list();
    }

    // ---------------------------------------------------------------- dashboards (aggregates only)

    /** The slice as " AND …" conditions on an aggregate table's columns. */
    private static String andSlice(InsightSlice s, Map<String, Object> params, String market, String offer,
                                   String azure, String marketplace, String sku, String newCustomer) {
        List<String> clauses = new ArrayList<>();
        sliceClauses(s, market, offer, azure, marketplace, sku, newCustomer, clauses, params);
        return clauses.stream().map(c -> " AND " + c).collect(Collectors.joining());
    }

    private static String salesSlice(InsightSlice s, Map<String, Object> params, boolean withOffer) {
        return andSlice(s, params, "market", withOffer ? "offer_ref" : null, "azure_license_type",
                "marketplace_license_type", "sku", "new_customer");
    }

    private static String visitSlice(InsightSlice s, Map<String, Object> params, boolean withOffer) {
        return andSlice(s, params, "market", withOffer ? "offer_ref" : null, null, null, null, null);
    }

    private static Map<String, Object> monthParams(long accountId, LocalDate from, LocalDate to) {
        Map<String, Object> params = new HashMap<>();
        params.put("a", accountId);
        params.put("from", Date.valueOf(from));
        params.put("to", Date.valueOf(to));
        return params;
    }

    /** Figures per month from {@code from} (inclusive) to {@code to} (exclusive), months without data omitted. */
    public Map<YearMonth, MonthFigures> monthly(long accountId, LocalDate from, LocalDate to, InsightSlice slice) {
        Map<YearMonth, MonthFigures> result = new LinkedHashMap<>();
        Map<String, Object> params = monthParams(accountId, from, to);
        String sales = """
                SELECT month_start, SUM(orders) AS orders, SUM(order_quantity) AS qty, SUM(cancellations) AS canc,
                       SUM(new_customers) AS newc, SUM(lost_customers) AS lost, SUM(usage_hours) AS hours,
                       SUM(revenue) AS revenue
                FROM insight_monthly_sales WHERE account_id = :a AND month_start >= :from AND month_start < :to"""
                + salesSlice(slice, params, true) + " GROUP BY month_start";
        jdbc.sql(sales).params(params).query(rs -> {
            YearMonth month = YearMonth.from(rs.getDate("month_start").toLocalDate());
            result.put(month, new MonthFigures(month, rs.getLong("orders"), rs.getLong("qty"), rs.getLong("canc"),
                    rs.getLong("newc"), rs.getLong("lost"), rs.getBigDecimal("hours"), rs.getBigDecimal("revenue"), 0, 0));
        });
        Map<String, Object> vparams = monthParams(accountId, from, to);
        String visits = """
                SELECT month_start, SUM(page_visits) AS visits, SUM(calls_to_action) AS cta
                FROM insight_monthly_visits WHERE account_id = :a AND month_start >= :from AND month_start < :to"""
                + visitSlice(slice, vparams, true) + " GROUP BY month_start";
        jdbc.sql(visits).params(vparams).query(rs -> {
            YearMonth month = YearMonth.from(rs.getDate("month_start").toLocalDate());
            MonthFigures v = new MonthFigures(month, 0, 0, 0, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO,
                    rs.getLong("visits"), rs.getLong("cta"));
            result.merge(month, v, MonthFigures::plus);
        });
        return result;
    }

    /** Revenue (or, for {@code byVisits}, page visits) per offer in the range and in the period before. */
    public List<TrendingOffer> trendingOffers(long accountId, InsightRange range, InsightSlice slice, boolean byVisits) {
        Map<String, Object> params = monthParams(accountId, range.previous().start(), range.end());
        params.put("start", Date.valueOf(range.start()));
        String table = byVisits ? "insight_monthly_visits" : "insight_monthly_sales";
        String measure = byVisits ? "m.page_visits" : "m.revenue";
        String sliceSql = byVisits ? visitSlice(slice, params, false) : salesSlice(slice, params, false);
        String sql = "SELECT m.offer_ref, o.name, SUM(CASE WHEN m.month_start >= :start THEN " + measure + " ELSE 0 END) AS cur,"
                + " SUM(CASE WHEN m.month_start < :start THEN " + measure + " ELSE 0 END) AS prev"
                + " FROM " + table + " m JOIN offer o ON o.id = m.offer_ref"
                + " WHERE m.account_id = :a AND m.month_start >= :from AND m.month_start < :to"
                + sliceSql.replace(" AND ", " AND m.")
                + " GROUP BY m.offer_ref, o.name";
        return jdbc.sql(sql).params(params).query((rs, i) -> new TrendingOffer(rs.getLong("offer_ref"),
                rs.getString("name"), rs.getBigDecimal("cur"), rs.getBigDecimal("prev"))).list();
    }

    public List<CampaignFigures> campaigns(long accountId, InsightRange range, InsightSlice slice) {
        Map<String, Object> params = monthParams(accountId, range.start(), range.end());
        String sql = """
                SELECT campaign_src, campaign_id, SUM(page_visits) AS visits, SUM(calls_to_action) AS cta
                FROM insight_monthly_visits WHERE account_id = :a AND month_start >= :from AND month_start < :to"""
                + visitSlice(slice, params, true)
                + " GROUP BY campaign_src, campaign_id ORDER BY visits DESC, campaign_src, campaign_id";
        return jdbc.sql(sql).params(params).query((rs, i) -> new CampaignFigures(rs.getString("campaign_src"),
                rs.getString("campaign_id"), rs.getLong("visits"), rs.getLong("cta"))).list();
    }

    public List<GuidFigures> deploymentsByGuid(long accountId, InsightRange range) {
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
    public Map<YearMonth, Long> deploymentsByMonth(long accountId, InsightRange range, InsightSlice slice) {
        Map<String, Object> params = new HashMap<>(monthParams(accountId, range.start(), range.end()));
        String sql;
        if (slice.market() == null && slice.offerRef() == null) {
            sql = "SELECT month_start, SUM(deployments) AS d FROM insight_monthly_deployments"
                    + " WHERE account_id = :a AND month_start >= :from AND month_start < :to GROUP BY month_start";
        } else {
            sql = "SELECT month_start, SUM(deployments) AS d FROM insight_deployment"
                    + " WHERE account_id = :a AND month_start >= :from AND month_start < :to"
                    + andSlice(slice, params, "customer_country", "offer_ref", null, null, null, null)
                    + " GROUP BY month_start";
        }
        Map<YearMonth, Long> result = new LinkedHashMap<>();
        jdbc.sql(sql).params(params).query(rs -> {
            result.put(YearMonth.from(rs.getDate("month_start").toLocalDate()), rs.getLong("d"));
        });
        return result;
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
    public void refreshVisitMonths(long accountId, LocalDate from, LocalDate to) {
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
    public List<Long> accountsWithData() {
        return jdbc.sql("""
                        SELECT DISTINCT account_id FROM insight_order UNION SELECT DISTINCT account_id FROM insight_visit
                        UNION SELECT DISTINCT account_id FROM insight_deployment""")
                .query(Long.class).list();
    }

    // ---------------------------------------------------------------- loading

    /**
     * Refreshes the planner's statistics after a bulk load. Until autovacuum gets there,
     * PostgreSQL plans on an empty table's estimates and sorts whole ranges instead of reading
     * the sort's index (a grid page then takes a second instead of a millisecond).
     */
    public void analyze() {
        jdbc.sql("ANALYZE").update();
    }

    public boolean hasData(long accountId) {
        return jdbc.sql("SELECT COUNT(*) FROM insight_customer WHERE account_id = :a").param("a", accountId)
                .query(Long.class).single() > 0;
    }

    public long usageCount(long accountId) {
        return jdbc.sql("SELECT COUNT(*) FROM insight_usage WHERE account_id = :a").param("a", accountId)
                .query(Long.class).single();
    }

    /** A new customer; returns its id. */
    public long insertCustomer(long accountId, CustomerRow c) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO insight_customer (account_id, reseller, first_name, last_name, email, company_name,
                            transaction_date, subscription_name, azure_subscription_id, cloud_instance_name, order_count,
                            country, city, communication_culture, zip_code)
                        VALUES (:a, :reseller, :first, :last, :email, :company, :date, :subscription, :azureSub, :cloud,
                            :orders, :country, :city, :culture, :zip)""")
                .param("a", accountId).param("reseller", c.reseller()).param("first", c.firstName())
                .param("last", c.lastName()).param("email", c.email()).param("company", c.companyName())
                .param("date", Date.valueOf(c.transactionDate())).param("subscription", c.subscriptionName())
                .param("azureSub", c.azureSubscriptionId()).param("cloud", c.cloudInstanceName())
                .param("orders", c.orderCount()).param("country", c.country()).param("city", c.city())
                .param("culture", c.communicationCulture()).param("zip", c.zipCode())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** Order values in column order of {@link #insertOrders}. */
    public void insertOrders(long accountId, List<Object[]> rows) {
        batch.batchUpdate("""
                INSERT INTO insight_order (account_id, offer_ref, offer_name, offer_type, customer_id,
                    marketplace_subscription_id, order_id, sku, azure_license_type, marketplace_license_type,
                    customer_country, order_quantity, order_status, month_start, purchase_date, cancel_date,
                    cancel_month, trial_end_date, is_new_customer, customer_lost)
                VALUES (""" + accountId + ", ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
    }

    public void insertUsage(long accountId, List<Object[]> rows) {
        batch.batchUpdate("""
                INSERT INTO insight_usage (account_id, offer_ref, offer_name, customer_id, marketplace_subscription_id,
                    month_start, usage_date, sku, vm_size, azure_license_type, marketplace_license_type, customer_country,
                    is_new_customer, normalized_usage, raw_usage, metered_usage, usage_unit, estimated_charge)
                VALUES (""" + accountId + ", ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
    }

    public void insertVisits(long accountId, List<Object[]> rows) {
        batch.batchUpdate("""
                INSERT INTO insight_visit (account_id, offer_ref, offer_name, month_start, visit_date, country,
                    referral_domain, campaign_src, campaign_id, page_visits, get_it_now, contact_me, test_drive, free_trial)
                VALUES (""" + accountId + ", ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
    }

    public void insertDeployments(long accountId, List<Object[]> rows) {
        batch.batchUpdate("""
                INSERT INTO insight_deployment (account_id, tracking_guid, offer_ref, offer_name, month_start,
                    deployment_date, method, customer_country, azure_region, deployments, succeeded)
                VALUES (""" + accountId + ", ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
    }
}
