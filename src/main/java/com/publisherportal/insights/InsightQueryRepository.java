package com.publisherportal.insights;

import com.publisherportal.common.Database;
import com.publisherportal.common.ExportPageSize;
import com.publisherportal.common.Keyset;
import com.publisherportal.common.RowWindow;
import com.publisherportal.common.SharedPageValues;
import com.publisherportal.common.SortKey;
import com.publisherportal.common.SqlWhere;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The rows behind the reports' grids, filtered, sorted and paged in SQL, and the same rows
 * handed over one by one for exports: the queries built from each {@link ReportDefinition}'s table,
 * columns, filters and sort expressions, with the index-friendly ORDER BY and, on H2, the index
 * hints the grids need over millions of rows. Exports read in keyset pages (see {@link Keyset}):
 * short statements of {@code portal.export.chunk-rows} rows each, never one long lazy read (H2's
 * lazy execution can fail halfway with "Chunk … not found" while its store moves chunks).
 */
@Repository
class InsightQueryRepository {


    private final JdbcClient jdbc;
    private final Database database;
    private final ExportPageSize pageSize;

    InsightQueryRepository(JdbcClient jdbc, Database database, ExportPageSize pageSize) {
        this.jdbc = jdbc;
        this.database = database;
        this.pageSize = pageSize;
    }

    /** One window of a report's rows, filtered, sorted and paged in SQL, for a grid to keep ({@link SharedPageValues}). */
    <T> List<T> find(ReportDefinition<T> report, long accountId, InsightFilter filter, List<SortKey> sorts,
                     RowWindow window) {
        SqlWhere where = where(report, accountId, filter);
        String sql = select(report, filter, sorts) + where.sql() + orderBy(report, filter, sorts) + window.sql();
        RowMapper<T> mapper = report.rowMapper();
        SharedPageValues page = new SharedPageValues();
        return jdbc.sql(sql).params(where.params()).query((ResultSet rs, int row) -> mapper.mapRow(page.reading(rs), row)).list();
    }

    int count(ReportDefinition<?> report, long accountId, InsightFilter filter) {
        SqlWhere where = where(report, accountId, filter);
        return jdbc.sql("SELECT COUNT(*) FROM " + report.table() + where.sql()).params(where.params())
                .query(Integer.class).single();
    }

    /**
     * Every matching row in the grid's order, handed over one at a time: read in keyset pages of
     * {@code portal.export.chunk-rows} rows, each its own short statement continuing strictly
     * after the previous page's last row, so the first rows go out at once and the heap holds
     * one page at most.
     */
    <T> void stream(ReportDefinition<T> report, long accountId, InsightFilter filter, List<SortKey> sorts,
                    Consumer<? super T> consumer) {
        stream(report, accountId, filter, sorts, pageSize.rows(), consumer);
    }

    /** {@link #stream} in pages of the given number of rows (tests use tiny pages). */
    <T> void stream(ReportDefinition<T> report, long accountId, InsightFilter filter, List<SortKey> sorts,
                    int pageRows, Consumer<? super T> consumer) {
        if (!report.indexServes(sorts)) {
            streamByIds(report, accountId, filter, sorts, pageRows, consumer);
            return;
        }
        Keyset order = report.order(sorts);
        order.readPages(jdbc, select(report, filter, sorts, order.selectKeys()),
                last -> narrowedRange(report, order, last, where(report, accountId, filter)), orderBy(report, filter, sorts),
                pageRows, report.rowMapper(), consumer);
    }

    /**
     * After the first page of a newest-first read, the range's end moves down to the day after
     * the last row read. That changes no row (every later row is on or before that day), but H2
     * takes the loosest of two upper bounds on a descending index column: with both the range's
     * {@code < :end} and the keyset's {@code <= last}, each page scanned from the top of the
     * range again (359,919 index entries for a page of 5,000 in a 1M-row table; 5,000 with one).
     */
    private static SqlWhere narrowedRange(ReportDefinition<?> report, Keyset order, Object[] last, SqlWhere where) {
        Keyset.Term first = order.terms().getFirst();
        if (last != null && !first.ascending() && first.sql().equals(report.rangeColumn()) && last[0] instanceof Date day) {
            where.param("end", Date.valueOf(day.toLocalDate().plusDays(1)));
        }
        return where;
    }

    /**
     * An order no index serves: keyset pages would sort every remaining row once per page, so
     * the ids are read in order first (one statement, 8 bytes a row on the heap), then the rows
     * by id in pages, handed over in that order.
     */
    private <T> void streamByIds(ReportDefinition<T> report, long accountId, InsightFilter filter, List<SortKey> sorts,
                                 int pageRows, Consumer<? super T> consumer) {
        SqlWhere where = where(report, accountId, filter);
        long[][] ids = {new long[1024]};
        int[] count = {0};
        jdbc.sql("SELECT r.id FROM " + report.table() + where.sql() + orderBy(report, filter, sorts))
                .params(where.params()).query((ResultSet rs) -> {
                    if (count[0] == ids[0].length) {
                        ids[0] = Arrays.copyOf(ids[0], ids[0].length * 2);
                    }
                    ids[0][count[0]++] = rs.getLong(1);
                });
        RowMapper<T> mapper = report.rowMapper();
        String select = "SELECT " + report.selectList() + " FROM " + report.table()
                + " WHERE r.account_id = :accountId AND r.id IN (:ids)";
        for (int from = 0; from < count[0]; from += pageRows) {
            int to = Math.min(count[0], from + pageRows);
            List<Long> page = new ArrayList<>(to - from);
            for (int i = from; i < to; i++) {
                page.add(ids[0][i]);
            }
            Map<Long, T> rows = new HashMap<>();
            int[] rowNum = {from};
            jdbc.sql(select).param("accountId", accountId).param("ids", page).query((ResultSet rs) -> {
                rows.put(rs.getLong("id"), mapper.mapRow(rs, rowNum[0]++));
            });
            for (Long id : page) {
                T row = rows.get(id);
                if (row != null) {
                    consumer.accept(row);
                }
            }
        }
    }

    /** The SQL a grid page runs, with its parameters, for benchmarks that compare with the bare query. */
    String pageSql(ReportDefinition<?> report, long accountId, InsightFilter filter, List<SortKey> sorts, RowWindow window,
                   Map<String, Object> paramsOut) {
        SqlWhere where = where(report, accountId, filter);
        paramsOut.putAll(where.params());
        return select(report, filter, sorts) + where.sql() + orderBy(report, filter, sorts) + window.sql();
    }

    /** The filter's rows of one account: the report's range, then its slices, then the search over its search columns. */
    private static SqlWhere where(ReportDefinition<?> report, long accountId, InsightFilter filter) {
        SqlWhere where = new SqlWhere().and("r.account_id = :accountId", "accountId", accountId)
                .param("start", Date.valueOf(filter.range().start()))
                .param("end", Date.valueOf(filter.range().end()));
        report.range().apply(filter, where);
        report.slices().apply(filter.slice(), where);
        return where.containsIgnoringCase("search", filter.search(), report.searchColumns());
    }

    /**
     * The grid's ORDER BY. When the WHERE pins the market or offer and an index leads with that
     * column before the sort column, the ORDER BY names the pinned columns first: that changes no
     * order, but H2 only reads rows in index order when the ORDER BY starts with the index's own
     * leading columns, and then a first page reads ~50 index entries instead of sorting every
     * matching row. The id tiebreaker follows the primary sort's direction, as the indexes do;
     * nullable columns sort NULLs as the highest value on both databases ({@link Keyset}).
     * PostgreSQL ignores the constants and reads descending indexes backwards. Exports use the
     * same ORDER BY, so they hold the grid's rows in the grid's order.
     */
    private static <T> String orderBy(ReportDefinition<T> report, InsightFilter filter, List<SortKey> sorts) {
        ReportDefinition.PrimarySort<T> primary = report.primarySort(sorts);
        String leading = "r.account_id";
        if (filter.slice().market() != null && primary.column().isIndexedAfter(ReportColumn.IndexedAfter.MARKET)) {
            leading += ", " + report.slices().market();
        } else if (filter.slice().offerRef() != null && primary.column().isIndexedAfter(ReportColumn.IndexedAfter.OFFER)) {
            leading += ", " + report.slices().offer();
        }
        return report.order(sorts).orderBy(leading);
    }

    /**
     * SELECT … FROM, with an index hint on H2 where the sort column names one (the usage grid's
     * sort by charge): H2 picks an index by the filters' cost alone, so it would take the date
     * range's index and sort every row of the range. Not with a search, which is selective
     * enough to sort what it finds.
     */
    private <T> String select(ReportDefinition<T> report, InsightFilter filter, List<SortKey> sorts) {
        return select(report, filter, sorts, "");
    }

    /** {@link #select(ReportDefinition, InsightFilter, List)} with more expressions after the report's select list. */
    private <T> String select(ReportDefinition<T> report, InsightFilter filter, List<SortKey> sorts, String more) {
        ReportDefinition.PrimarySort<T> primary = report.primarySort(sorts);
        ReportColumn.H2SortIndex index = primary.column().h2SortIndex();
        String select = "SELECT " + report.selectList() + more + " FROM " + report.table();
        if (!database.isH2() || index == null || filter.search() != null) {
            return select;
        }
        return select + " USE INDEX (" + index.name(filter.slice().market() != null, primary.ascending()) + ")";
    }
}
