package com.publisherportal.insights;

import com.publisherportal.common.RowWindow;
import com.publisherportal.common.SortKey;
import com.publisherportal.common.export.ColumnModel;
import com.publisherportal.common.export.RowSource;
import com.publisherportal.common.export.ExportFormat;
import com.publisherportal.common.export.ExportOptions;
import com.publisherportal.common.export.TableExporter;
import com.publisherportal.security.AccountAccess;
import com.publisherportal.security.AccountRole;
import com.publisherportal.security.ApiKeyRepository;
import com.publisherportal.security.CallerRepository;
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
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Insights of a publisher account: the summary dashboard from the monthly aggregates, the lazy
 * grids, their exports and the reports API. Who may read what is decided here, not in the views:
 * orders, usage and revenue need OWNER, MANAGER or FINANCIAL; customers' personal data is only
 * ever returned to an OWNER (for an API key: a key created by a member who is an OWNER now).
 */
@Service
public class InsightService {

    private static final AccountRole[] SUMMARY_ROLES = {AccountRole.OWNER, AccountRole.MANAGER,
            AccountRole.FINANCIAL, AccountRole.MARKETER};
    private static final int TRENDING_LIMIT = 5;

    private final InsightRepository insights;
    private final AccountAccess access;
    private final CurrentUser currentUser;
    private final CallerRepository callers;
    private final ApiKeyRepository apiKeys;
    private final InsightTrendWorkbook trendWorkbook;
    private final Clock clock;

    InsightService(InsightRepository insights, AccountAccess access, CurrentUser currentUser, CallerRepository callers,
                   ApiKeyRepository apiKeys, InsightTrendWorkbook trendWorkbook, Clock clock) {
        this.insights = insights;
        this.access = access;
        this.currentUser = currentUser;
        this.callers = callers;
        this.apiKeys = apiKeys;
        this.trendWorkbook = trendWorkbook;
        this.clock = clock;
    }

    /** The range a preset means today, where the user is. */
    public InsightRange range(RangePreset preset, ZoneId zone) {
        return InsightRange.of(preset, InsightRange.today(clock, zone));
    }

    /** The caller's role in the account; API keys act with their creator's current role. */
    AccountRole callerRole(long accountId) {
        var apiCaller = currentUser.apiCaller();
        if (apiCaller.isPresent()) {
            return apiKeys.findById(apiCaller.get().keyId())
                    .flatMap(key -> callers.roleOf(key.createdBy(), accountId))
                    .orElse(AccountRole.DEVELOPER);
        }
        return callers.roleOf(currentUser.require().userId(), accountId)
                .orElseThrow(() -> new AccessDeniedException("Not a member"));
    }

    /** Whether the caller sees customers' personal data (OWNER only). */
    @Transactional(readOnly = true)
    public boolean seesPersonalData(long accountId) {
        access.requireMember(accountId);
        return callerRole(accountId) == AccountRole.OWNER;
    }

    /** Whether the caller sees orders, usage and revenue. */
    @Transactional(readOnly = true)
    public boolean seesFinancials(long accountId) {
        access.requireMember(accountId);
        return ReportKind.ORDERS.allows(callerRole(accountId));
    }

    /** The summary dashboard: range vs previous period, monthly trend, trending offers. */
    @Transactional(readOnly = true)
    public InsightSummary summary(long accountId, InsightRange range, InsightSlice slice) {
        access.requireMember(accountId, SUMMARY_ROLES);
        boolean financial = ReportKind.ORDERS.allows(callerRole(accountId));
        InsightRange previous = range.previous();
        Map<YearMonth, MonthFigures> months = insights.monthly(accountId, previous.start(), range.end(), slice);
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
        List<TrendingOffer> trending = insights.trendingOffers(accountId, range, slice, !financial).stream()
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
        access.requireMember(accountId, ReportKind.INSIGHTS.roles());
        return insights.campaigns(accountId, range, slice);
    }

    @Transactional(readOnly = true)
    public List<GuidFigures> deploymentsByGuid(long accountId, InsightRange range) {
        access.requireMember(accountId, ReportKind.DEPLOYMENTS.roles());
        return insights.deploymentsByGuid(accountId, range);
    }

    @Transactional(readOnly = true)
    public Map<YearMonth, Long> deploymentsByMonth(long accountId, InsightRange range, InsightSlice slice) {
        access.requireMember(accountId, ReportKind.DEPLOYMENTS.roles());
        return insights.deploymentsByMonth(accountId, range, slice);
    }

    /** The columns a report's grid can be sorted by on screen. */
    public Set<String> sortableColumns(ReportKind kind) {
        return InsightRepository.gridSortable(kind);
    }

    @Transactional(readOnly = true)
    public List<String> skus(long accountId) {
        access.requireMember(accountId);
        return insights.skus(accountId);
    }

    @Transactional(readOnly = true)
    public List<String> markets(long accountId) {
        access.requireMember(accountId);
        return insights.markets(accountId);
    }

    /** One page of a report's grid. Customers come masked unless the caller is an OWNER. */
    @Transactional(readOnly = true)
    public <T> List<T> page(ReportKind kind, long accountId, InsightFilter filter, List<SortKey> sorts, RowWindow window) {
        access.requireMember(accountId, kind.roles());
        boolean personal = callerRole(accountId) == AccountRole.OWNER;
        List<T> rows = insights.find(kind, accountId, filter, safeSorts(kind, personal, sorts), window);
        return masked(kind, personal, rows);
    }

    @Transactional(readOnly = true)
    public int count(ReportKind kind, long accountId, InsightFilter filter) {
        access.requireMember(accountId, kind.roles());
        return insights.count(kind, accountId, filter);
    }

    /**
     * Every row of a report matching the filter, in the given order and with the given columns
     * (the grid's), streamed as CSV or XLSX while the database reads them. Returns the row count.
     */
    @Transactional(readOnly = true)
    public long export(ReportKind kind, long accountId, InsightFilter filter, List<SortKey> sorts,
                       List<String> columnKeys, ExportFormat format, ExportOptions options, OutputStream out)
            throws IOException {
        access.requireMember(accountId, kind.roles());
        boolean personal = callerRole(accountId) == AccountRole.OWNER;
        List<SortKey> safe = safeSorts(kind, personal, sorts);
        return switch (kind) {
            case ORDERS -> write(InsightColumns.ORDERS, columnKeys, format, options, out,
                    c -> insights.<OrderRow>stream(kind, accountId, filter, safe, c));
            case USAGE -> write(InsightColumns.USAGE, columnKeys, format, options, out,
                    c -> insights.<UsageRow>stream(kind, accountId, filter, safe, c));
            case CUSTOMERS -> write(InsightColumns.CUSTOMERS, columnKeys, format, options, out,
                    c -> insights.<CustomerRow>stream(kind, accountId, filter, safe,
                            row -> c.accept(personal ? row : row.masked())));
            case INSIGHTS -> write(InsightColumns.VISITS, columnKeys, format, options, out,
                    c -> insights.<VisitRow>stream(kind, accountId, filter, safe, c));
            case DEPLOYMENTS -> write(InsightColumns.DEPLOYMENTS, columnKeys, format, options, out,
                    c -> insights.<DeploymentRow>stream(kind, accountId, filter, safe, c));
        };
    }

    private static <T> long write(ColumnModel<T> model, List<String> columnKeys, ExportFormat format,
                                  ExportOptions options, OutputStream out, RowSource<T> rows) throws IOException {
        return TableExporter.export(format, model.select(columnKeys), rows, out, options);
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

    /** Sorting by a masked column would leak its order: non-owners' sorts on personal data are dropped. */
    private static List<SortKey> safeSorts(ReportKind kind, boolean personal, List<SortKey> sorts) {
        if (kind != ReportKind.CUSTOMERS || personal) {
            return sorts;
        }
        return sorts.stream().filter(s -> !InsightColumns.PERSONAL.contains(s.property())).toList();
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> masked(ReportKind kind, boolean personal, List<T> rows) {
        if (kind != ReportKind.CUSTOMERS || personal) {
            return rows;
        }
        return (List<T>) rows.stream().map(r -> ((CustomerRow) r).masked()).toList();
    }

    /** Today in UTC, for the generator and the API. */
    public LocalDate todayUtc() {
        return LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC);
    }
}
