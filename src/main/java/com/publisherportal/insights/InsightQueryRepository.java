package com.publisherportal.insights;

import com.publisherportal.common.Database;
import com.publisherportal.common.RowWindow;
import com.publisherportal.common.SortKey;
import com.publisherportal.common.SqlOrder;
import com.publisherportal.common.SqlWhere;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import javax.sql.DataSource;
import java.sql.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The rows behind the reports' grids, filtered, sorted and paged in SQL, and the same rows
 * streamed one by one for exports: the queries built from each {@link ReportDefinition}'s table,
 * columns, filters and sort expressions, with the index-friendly ORDER BY and, on H2, the index
 * hints the grids need over millions of rows.
 */
@Repository
class InsightQueryRepository {

    /** Rows fetched per round trip while an export streams (PostgreSQL would otherwise buffer all). */
    private static final int STREAM_FETCH_SIZE = 2_000;

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate streaming;
    private final Database database;

    InsightQueryRepository(JdbcClient jdbc, DataSource dataSource, Database database) {
        this.jdbc = jdbc;
        this.database = database;
        JdbcTemplate streamingTemplate = new JdbcTemplate(dataSource);
        streamingTemplate.setFetchSize(STREAM_FETCH_SIZE);
        this.streaming = new NamedParameterJdbcTemplate(streamingTemplate);
    }

    /** One window of a report's rows, filtered, sorted and paged in SQL. */
    <T> List<T> find(ReportDefinition<T> report, long accountId, InsightFilter filter, List<SortKey> sorts,
                     RowWindow window) {
        SqlWhere where = where(report, accountId, filter);
        String sql = select(report, filter, sorts) + where.sql() + orderBy(report, filter, sorts) + window.sql();
        return jdbc.sql(sql).params(where.params()).query(report.rowMapper()).list();
    }

    int count(ReportDefinition<?> report, long accountId, InsightFilter filter) {
        SqlWhere where = where(report, accountId, filter);
        return jdbc.sql("SELECT COUNT(*) FROM " + report.table() + where.sql()).params(where.params())
                .query(Integer.class).single();
    }

    /** Every matching row in the given order, handed over one at a time as the database reads them. */
    <T> void stream(ReportDefinition<T> report, long accountId, InsightFilter filter, List<SortKey> sorts,
                    Consumer<? super T> consumer) {
        SqlWhere where = where(report, accountId, filter);
        RowMapper<T> mapper = report.rowMapper();
        int[] rowNum = {0};
        String sql = select(report, filter, sorts) + where.sql() + orderBy(report, filter, sorts);
        database.streaming(() -> streaming.query(sql, new MapSqlParameterSource(where.params()),
                rs -> {
                    consumer.accept(mapper.mapRow(rs, rowNum[0]++));
                }));
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
     * matching row. The id tiebreaker follows the primary sort's direction, as the indexes do.
     * PostgreSQL ignores the constants and reads descending indexes backwards.
     */
    private static <T> String orderBy(ReportDefinition<T> report, InsightFilter filter, List<SortKey> sorts) {
        ReportDefinition.PrimarySort<T> primary = report.primarySort(sorts);
        String leading = "r.account_id";
        if (filter.slice().market() != null && primary.column().isIndexedAfter(ReportColumn.IndexedAfter.MARKET)) {
            leading += ", " + report.slices().market();
        } else if (filter.slice().offerRef() != null && primary.column().isIndexedAfter(ReportColumn.IndexedAfter.OFFER)) {
            leading += ", " + report.slices().offer();
        }
        SqlOrder order = new SqlOrder(report.sortExpressions(), report.defaultSortSql() + " DESC",
                primary.ascending() ? "r.id ASC" : "r.id DESC");
        return order.orderBy(sorts, leading);
    }

    /**
     * SELECT … FROM, with an index hint on H2 where the sort column names one (the usage grid's
     * sort by charge): H2 picks an index by the filters' cost alone, so it would take the date
     * range's index and sort every row of the range. Not with a search, which is selective
     * enough to sort what it finds.
     */
    private <T> String select(ReportDefinition<T> report, InsightFilter filter, List<SortKey> sorts) {
        ReportDefinition.PrimarySort<T> primary = report.primarySort(sorts);
        ReportColumn.H2SortIndex index = primary.column().h2SortIndex();
        String select = "SELECT " + report.selectList() + " FROM " + report.table();
        if (!database.isH2() || index == null || filter.search() != null) {
            return select;
        }
        return select + " USE INDEX (" + index.name(filter.slice().market() != null, primary.ascending()) + ")";
    }
}
