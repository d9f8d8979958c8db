package com.publisherportal.insights;

import com.publisherportal.common.PublicAccess;
import com.publisherportal.common.RowWindow;
import com.publisherportal.common.SortKey;
import com.publisherportal.common.export.ExportFormat;
import com.publisherportal.common.export.ExportOptions;
import com.publisherportal.common.export.TableExporter;
import com.publisherportal.onboarding.Offer;
import com.publisherportal.onboarding.OfferPlans;
import com.publisherportal.onboarding.OfferPlans.PlanRef;
import com.publisherportal.onboarding.OfferService;
import com.publisherportal.security.AccountAccess;
import com.publisherportal.security.AccountRole;
import com.publisherportal.security.CurrentUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Insights of a publisher account: the summary dashboard from the monthly aggregates, the lazy
 * grids, their exports and the reports API. Who may read what is decided here, not in the views,
 * by each report's {@link ReportDefinition}: orders, usage and revenue need OWNER, MANAGER or
 * FINANCIAL; customers' personal data is only ever returned to an OWNER (for an API key: a key
 * created by a member who is an OWNER now).
 */
@Service
public class InsightService {

    private static final AccountRole[] SUMMARY_ROLES = Reports.SUMMARY_READERS.toArray(AccountRole[]::new);
    private static final int TRENDING_LIMIT = 5;

    private final InsightQueryRepository queries;
    private final InsightAggregateRepository aggregates;
    private final AccountAccess access;
    private final CurrentUser currentUser;
    private final InsightTrendWorkbook trendWorkbook;
    private final Clock clock;
    private final TableExporter exporter;
    private final OfferService offers;
    private final List<OfferPlans> offerPlans;

    InsightService(InsightQueryRepository queries, InsightAggregateRepository aggregates, AccountAccess access,
                   CurrentUser currentUser, InsightTrendWorkbook trendWorkbook, Clock clock,
                   TableExporter exporter, OfferService offers,
                   List<OfferPlans> offerPlans) {
        this.offers = offers;
        this.offerPlans = offerPlans;
        this.queries = queries;
        this.aggregates = aggregates;
        this.access = access;
        this.currentUser = currentUser;
        this.trendWorkbook = trendWorkbook;
        this.clock = clock;
        this.exporter = exporter;
    }

    /** The range a preset means today, where the user is. */
    @PublicAccess("Date arithmetic on the clock; reads no data.")
    public InsightRange range(RangePreset preset, ZoneId zone) {
        return InsightRange.of(preset, InsightRange.today(clock, zone));
    }

    /** The caller's role in the account; API keys act with their creator's current role. */
    AccountRole callerRole(long accountId) {
        return access.callerRole(accountId);
    }

    /** Whether the caller sees every column of the report in clear (customers' personal data: OWNER only). */
    @Transactional(readOnly = true)
    public boolean showsInClear(ReportDefinition<?> report, long accountId) {
        access.requireMember(accountId);
        return report.showsInClear(callerRole(accountId));
    }

    /** Whether the caller sees orders, usage and revenue. */
    @Transactional(readOnly = true)
    public boolean seesFinancials(long accountId) {
        access.requireMember(accountId);
        return Reports.seesMoney(callerRole(accountId));
    }

    /** The summary dashboard: range vs previous period, monthly trend, trending offers. */
    @Transactional(readOnly = true)
    public InsightSummary summary(long accountId, InsightRange range, InsightSlice slice) {
        access.requireMember(accountId, SUMMARY_ROLES);
        boolean financial = Reports.seesMoney(callerRole(accountId));
        InsightRange previous = range.previous();
        Map<YearMonth, MonthFigures> months = aggregates.monthly(accountId, previous.start(), range.end(), slice);
        List<MonthFigures> trend = new ArrayList<>();
        MonthFigures current = MonthFigures.empty(range.first());
        for (YearMonth month : range.months()) {
            MonthFigures figures = months.getOrDefault(month, MonthFigures.empty(month));
            trend.add(financial ? figures : nonFinancial(figures));
            current = current.plus(figures);
        }
        MonthFigures before = MonthFigures.empty(previous.first());
        for (YearMonth month : previous.months()) {
            before = before.plus(months.getOrDefault(month, MonthFigures.empty(month)));
        }
        List<TrendingOffer> trending = aggregates.trendingOffers(accountId, range, slice, !financial).stream()
                .filter(t -> t.current().signum() > 0 || t.previous().signum() > 0)
                .sorted(Comparator.comparing((TrendingOffer t) -> t.growthPercent() == null ? t.current().signum() > 0
                                ? java.math.BigDecimal.valueOf(Long.MAX_VALUE) : java.math.BigDecimal.ZERO : t.growthPercent())
                        .reversed().thenComparing(TrendingOffer::offerName))
                .limit(TRENDING_LIMIT).toList();
        return new InsightSummary(range, slice, financial, financial ? current : nonFinancial(current),
                financial ? before : nonFinancial(before), trend, trending);
    }

    /** A marketer sees customers, visits and calls to action, never orders, usage or money. */
    private static MonthFigures nonFinancial(MonthFigures f) {
        return new MonthFigures(f.month(), 0, 0, 0, f.newCustomers(), f.lostCustomers(), null, null, f.pageVisits(),
                f.callsToAction());
    }

    @Transactional(readOnly = true)
    public List<CampaignFigures> campaigns(long accountId, InsightRange range, InsightSlice slice) {
        access.requireMember(accountId, Reports.MARKETPLACE.readerArray());
        return aggregates.campaigns(accountId, range, slice);
    }

    @Transactional(readOnly = true)
    public List<GuidFigures> deploymentsByGuid(long accountId, InsightRange range) {
        access.requireMember(accountId, Reports.DEPLOYMENTS.readerArray());
        return aggregates.deploymentsByGuid(accountId, range);
    }

    @Transactional(readOnly = true)
    public Map<YearMonth, Long> deploymentsByMonth(long accountId, InsightRange range, InsightSlice slice) {
        access.requireMember(accountId, Reports.DEPLOYMENTS.readerArray());
        return aggregates.deploymentsByMonth(accountId, range, slice);
    }

    /**
     * Deployments the insights count for one tracking GUID, per calendar month from {@code from}
     * on (months without any absent), whichever account reported them. For the GUID registry
     * (attribution), which has checked that the GUID is the caller's; no account role applies.
     */
    @Transactional(readOnly = true)
    @PublicAccess("For attribution's GUID registry, which has already checked that the GUID is the caller's; deployment counts only.")
    public Map<YearMonth, Long> deploymentsOfGuidByMonth(String trackingGuid, LocalDate from) {
        return aggregates.guidDeploymentsByMonth(trackingGuid, from);
    }

    /**
     * Total deployments the insights count since {@code from} for each of the tracking GUIDs that
     * has any, like {@link #deploymentsOfGuidByMonth}.
     */
    @Transactional(readOnly = true)
    @PublicAccess("For attribution's GUID registry, which has already checked that the GUIDs are the caller's; deployment counts only.")
    public Map<String, Long> deploymentTotalsOfGuids(Collection<String> trackingGuids, LocalDate from) {
        return aggregates.guidDeploymentTotals(trackingGuids, from);
    }

    /**
     * The plans the plan/SKU slice offers: the real plans of the chosen offer (of all the account's
     * offers when none is chosen), then any other SKU the account's data names (a plan deleted
     * since, or data reported before the plan was set up here), by its id.
     */
    @Transactional(readOnly = true)
    public List<PlanRef> plans(long accountId, Long offerRef) {
        access.requireMember(accountId);
        List<Offer> chosen = offers.offers(accountId).stream()
                .filter(o -> offerRef == null || o.id() == offerRef).toList();
        Map<String, PlanRef> byId = new LinkedHashMap<>();
        chosen.forEach(o -> offerPlans.forEach(source -> source.plansOf(o.id()).forEach(p -> byId.putIfAbsent(p.planId(), p))));
        aggregates.skus(accountId).forEach(sku -> byId.putIfAbsent(sku, new PlanRef(sku, sku)));
        return List.copyOf(byId.values());
    }

    @Transactional(readOnly = true)
    public List<String> markets(long accountId) {
        access.requireMember(accountId);
        return aggregates.markets(accountId);
    }

    /** One window of a report's grid. Masked columns (customers' personal data) come masked unless the caller may see them. */
    @Transactional(readOnly = true)
    public <T> List<T> page(ReportDefinition<T> report, long accountId, InsightFilter filter, List<SortKey> sorts,
                            RowWindow window) {
        access.requireMember(accountId, report.readerArray());
        boolean inClear = inClear(report, accountId);
        List<T> rows = queries.find(report, accountId, filter, report.allowedSorts(sorts, inClear), window);
        return inClear ? rows : rows.stream().map(row -> report.masked(row, false)).toList();
    }

    @Transactional(readOnly = true)
    public int count(ReportDefinition<?> report, long accountId, InsightFilter filter) {
        access.requireMember(accountId, report.readerArray());
        return queries.count(report, accountId, filter);
    }

    /**
     * Every row of a report matching the filter, in the given order and with the given columns
     * (the grid's), streamed as CSV or XLSX while the database reads them. Returns the row count.
     */
    @Transactional(readOnly = true)
    public <T> long export(ReportDefinition<T> report, long accountId, InsightFilter filter, List<SortKey> sorts,
                           List<String> columnKeys, ExportFormat format, ExportOptions options, OutputStream out)
            throws IOException {
        access.requireMember(accountId, report.readerArray());
        boolean inClear = inClear(report, accountId);
        List<SortKey> allowed = report.allowedSorts(sorts, inClear);
        return exporter.export(format, report.exportColumns(columnKeys),
                consumer -> queries.stream(report, accountId, filter, allowed,
                        row -> consumer.accept(report.masked(row, inClear))),
                out, options);
    }

    /** Whether the caller sees the report's rows unmasked; no role to look up for a report that masks nothing. */
    private boolean inClear(ReportDefinition<?> report, long accountId) {
        return !report.masks() || report.showsInClear(callerRole(accountId));
    }

    /**
     * The summary's monthly trend as a workbook: a summary sheet (range vs previous period, with a
     * native Excel line chart of the trend) and the monthly figures.
     */
    @Transactional(readOnly = true)
    public void exportTrend(long accountId, InsightRange range, InsightSlice slice, InsightTrendWorkbook.Labels labels,
                            OutputStream out) throws IOException {
        InsightSummary summary = summary(accountId, range, slice);
        trendWorkbook.write(summary, labels, out);
    }

    /** Today in UTC, for the generator and the API. */
    @PublicAccess("Today's date; reads no data.")
    public LocalDate todayUtc() {
        return LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC);
    }
}
