package com.publisherportal.insights;

import com.publisherportal.common.SortKey;
import com.publisherportal.onboarding.OfferRepository;
import com.publisherportal.account.PublisherAccountRepository;
import com.publisherportal.testsupport.MutableClock;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.Date;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Exports read in keyset pages (no long lazy read on H2): with tiny pages, over sort keys full
 * of ties and NULLs, in both directions and with filters, an export holds exactly the rows of
 * one plain sorted query, in its order ({@code ORDER BY <key> ASC NULLS LAST | DESC NULLS FIRST,
 * id}), and the grid's window agrees. Runs on H2 and on PostgreSQL (see the subclasses).
 */
abstract class InsightExportPagesContract {

    @Autowired InsightQueryRepository queries;
    @Autowired PublisherAccountRepository accounts;
    @Autowired OfferRepository offers;
    @Autowired JdbcClient jdbc;
    @Autowired MutableClock clock;

    /**
     * report, sort keys ("property:asc|desc" separated by ';', empty for the default), market (or
     * empty), search (or empty), page rows, the reference ORDER BY, and a condition some rows of
     * the result must meet (ties or NULLs present), or empty.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "", value = {
            "orders|cancelDate:asc||| 7|r.cancel_date ASC NULLS LAST, r.id ASC|r.cancel_date IS NULL",
            "orders|cancelDate:desc||| 7|r.cancel_date DESC NULLS FIRST, r.id DESC|r.cancel_date IS NULL",
            "orders|cancelDate:desc|US|| 2|r.cancel_date DESC NULLS FIRST, r.id DESC|",
            "orders|offerType:asc||| 1|r.offer_type ASC, r.id ASC|",
            "orders|orderStatus:asc;cancelDate:desc||| 5|r.order_status ASC, r.cancel_date DESC NULLS FIRST, r.id ASC|r.cancel_date IS NULL",
            "orders|trialEndDate:asc;newCustomer:desc||| 4|r.trial_end_date ASC NULLS LAST, r.is_new_customer DESC, r.id ASC|r.trial_end_date IS NULL",
            "orders||||11|r.purchase_date DESC, r.id DESC|",
            "orders|purchaseDate:asc||a| 6|r.purchase_date ASC, r.id ASC|",
            "usage|vmSize:asc||| 9|r.vm_size ASC NULLS LAST, r.id ASC|",
            "usage|vmSize:desc|FR|| 4|r.vm_size DESC NULLS FIRST, r.id DESC|",
            "usage|estimatedCharge:desc|US|| 7|r.estimated_charge DESC, r.id DESC|",
            "usage|estimatedCharge:asc||| 8|r.estimated_charge ASC, r.id ASC|",
            "usage|usageDate:asc|DE|| 5|r.usage_date ASC, r.id ASC|",
            "customers|reseller:asc||| 2|r.reseller ASC NULLS LAST, r.id ASC|r.reseller IS NULL",
            "customers|reseller:desc;city:asc||| 3|r.reseller DESC NULLS FIRST, r.city ASC NULLS LAST, r.id DESC|r.reseller IS NULL",
            "insights|callToActionRate:asc||| 7|" + RATE + " ASC NULLS LAST, r.id ASC|",
            "insights|callToActionRate:desc||| 7|" + RATE + " DESC NULLS FIRST, r.id DESC|",
            "deployments|offerName:asc||| 3|r.offer_name ASC NULLS LAST, r.id ASC|",
            "deployments|offerName:desc||| 3|r.offer_name DESC NULLS FIRST, r.id DESC|"})
    void anExportReadInPagesHoldsExactlyThePlainSortedQuerysRowsInItsOrder(String name, String sortSpec, String market,
                                                                         String search, int pageRows, String referenceOrder,
                                                                         String mustOccur) {
        ReportDefinition<?> report = Reports.byName(name).orElseThrow();
        long account = accounts.findByPublisherId("contoso").orElseThrow().id();
        InsightRange range = InsightRange.lastMonths(12, LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
        InsightSlice slice = market == null ? InsightSlice.all() : InsightSlice.all().withMarket(market);
        InsightFilter filter = new InsightFilter(range, slice, search);
        List<SortKey> sorts = new ArrayList<>();
        if (sortSpec != null) {
            for (String key : sortSpec.split(";")) {
                String[] parts = key.split(":");
                sorts.add(new SortKey(parts[0], parts[1].equals("asc")));
            }
        }

        List<Long> reference = reference(report, account, range, market, search, referenceOrder, null);
        // The demo data is drawn relative to today, so a filtered slice's size moves from day to day:
        // the page shrinks when needed so that the export still reads at least three full pages.
        assertThat(reference).as("enough rows for several pages").hasSizeGreaterThan(3);
        int rowsPerPage = Math.min(pageRows, (reference.size() - 1) / 3);
        if (mustOccur != null) {
            assertThat(reference(report, account, range, market, search, "r.id", mustOccur))
                    .as("rows where " + mustOccur).isNotEmpty().hasSizeLessThan(reference.size());
        }

        List<Long> exported = new ArrayList<>();
        queries.stream(report, account, filter, sorts, rowsPerPage, row -> exported.add(id(row)));
        assertThat(exported).containsExactlyElementsOf(reference);

        List<Long> grid = queries.find(report, account, filter, sorts, com.publisherportal.common.RowWindow.of(0, 10_000))
                .stream().map(InsightExportPagesContract::id).toList();
        // A grid window holds at most RowWindow.MAX_LIMIT rows: their first ones.
        assertThat(grid).containsExactlyElementsOf(
                reference.subList(0, Math.min(reference.size(), com.publisherportal.common.RowWindow.MAX_LIMIT)));
    }

    static final String RATE = "CASE WHEN r.page_visits = 0 THEN NULL"
            + " ELSE (r.get_it_now + r.contact_me + r.test_drive + r.free_trial) * 1.0 / r.page_visits END";

    /** The ids of one plain query over the report's table, written out here independently of the product's SQL. */
    private List<Long> reference(ReportDefinition<?> report, long account, InsightRange range, String market,
                                 String search, String orderBy, String condition) {
        String table;
        String dateRange;
        String marketColumn;
        String searchSql;
        switch (report.name()) {
            case "orders" -> {
                table = "insight_order";
                dateRange = "r.purchase_date >= :start AND r.purchase_date < :end";
                marketColumn = "r.customer_country";
                searchSql = "(LOWER(r.order_id) LIKE :search OR LOWER(r.marketplace_subscription_id) LIKE :search)";
            }
            case "usage" -> {
                table = "insight_usage";
                dateRange = "r.usage_date >= :start AND r.usage_date < :end";
                marketColumn = "r.customer_country";
                searchSql = "LOWER(r.marketplace_subscription_id) LIKE :search";
            }
            case "customers" -> {
                table = "insight_customer";
                dateRange = "r.transaction_date < :end";
                marketColumn = "r.country";
                searchSql = "LOWER(r.company_name) LIKE :search";
            }
            case "insights" -> {
                table = "insight_visit";
                dateRange = "r.visit_date >= :start AND r.visit_date < :end";
                marketColumn = "r.country";
                searchSql = "(LOWER(r.referral_domain) LIKE :search OR LOWER(r.campaign_src) LIKE :search"
                        + " OR LOWER(r.campaign_id) LIKE :search)";
            }
            case "deployments" -> {
                table = "insight_deployment";
                dateRange = "r.deployment_date >= :start AND r.deployment_date < :end";
                marketColumn = "r.customer_country";
                searchSql = "(LOWER(r.tracking_guid) LIKE :search OR LOWER(r.azure_region) LIKE :search)";
            }
            default -> throw new IllegalArgumentException(report.name());
        }
        Map<String, Object> params = new HashMap<>();
        params.put("account", account);
        params.put("start", Date.valueOf(range.start()));
        params.put("end", Date.valueOf(range.end()));
        String sql = "SELECT r.id FROM " + table + " r WHERE r.account_id = :account AND " + dateRange;
        if (market != null) {
            sql += " AND " + marketColumn + " = :market";
            params.put("market", market);
        }
        if (search != null) {
            sql += " AND " + searchSql;
            params.put("search", "%" + search.toLowerCase() + "%");
        }
        if (condition != null) {
            sql += " AND " + condition;
        }
        return jdbc.sql(sql + " ORDER BY " + orderBy).params(params).query(Long.class).list();
    }

    private static long id(Object row) {
        try {
            return (Long) row.getClass().getRecordComponents()[0].getAccessor().invoke(row);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
