package com.publisherportal.insights;

import com.publisherportal.common.Keyset;
import com.publisherportal.common.SortKey;
import com.publisherportal.common.SqlWhere;
import com.publisherportal.common.export.ColumnModel;
import com.publisherportal.common.export.ExportColumn;
import com.publisherportal.security.AccountRole;
import org.springframework.jdbc.core.RowMapper;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Everything about one insights report, in one place: its name in the reports API and its view's
 * route, who may read it and what is masked for whom, its columns (export metadata, grid display,
 * SQL sort expression), which rows a range, slice and search keep, and how a row is read. The
 * grid view, the exports, the reports API, the insights navigation and the access checks all
 * follow from it; {@link InsightQueryRepository} builds and runs the SQL from its fragments. The
 * reports are listed in {@link Reports}.
 *
 * <p>Message keys follow from the names: {@code insights.nav.<view>} and {@code insights.title.<view>}
 * for the view (its route's last segment), {@code insights.search.<name>} for the search field
 * and {@code insights.nav.<name>} for an XLSX export's sheet, {@code insights.col.<key>} for a
 * column's header.
 */
public final class ReportDefinition<T> {

    /** Which rows the range keeps (and anything else a report decides by the filter), as SQL conditions. */
    @FunctionalInterface
    interface RowFilter {
        void apply(InsightFilter filter, SqlWhere where);
    }

    private record Masking<T>(Set<AccountRole> inClear, UnaryOperator<T> mask) {
    }

    private final String name;
    private final String route;
    private final Set<AccountRole> readers;
    private final Masking<T> masking;
    private final String table;
    private final String selectList;
    private final RowFilter range;
    private final String rangeColumn;
    private final SliceColumns slices;
    private final List<String> searchColumns;
    private final List<ReportColumn<T>> columns;
    private final Map<String, ReportColumn<T>> byKey = new LinkedHashMap<>();
    private final ColumnModel<T> model;
    private final Set<String> screenSorts;
    private final ReportColumn<T> defaultSort;
    private final RowMapper<T> rowMapper;

    private ReportDefinition(Builder<T> b) {
        this.name = Objects.requireNonNull(b.name, "name");
        this.route = Objects.requireNonNull(b.route, "route");
        this.readers = Collections.unmodifiableSet(EnumSet.copyOf(b.readers));
        this.masking = b.masking;
        this.table = Objects.requireNonNull(b.table, "table");
        this.selectList = Objects.requireNonNull(b.selectList, "selectList");
        this.range = Objects.requireNonNull(b.range, "range");
        this.rangeColumn = b.rangeColumn;
        this.slices = b.slices;
        this.searchColumns = List.copyOf(b.searchColumns);
        this.columns = List.copyOf(b.columns);
        for (ReportColumn<T> column : columns) {
            if (byKey.put(column.key(), column) != null) {
                throw new IllegalArgumentException("Duplicate column " + column.key());
            }
        }
        @SuppressWarnings("unchecked")
        ExportColumn<T>[] exports = columns.stream().map(ReportColumn::export).toArray(ExportColumn[]::new);
        this.model = new ColumnModel<>(exports);
        this.screenSorts = b.screenSorts == null ? null : Set.copyOf(b.screenSorts);
        this.defaultSort = column(Objects.requireNonNull(b.defaultSort, "defaultSort"));
        if (!defaultSort.sortable()) {
            throw new IllegalArgumentException("The default sort " + b.defaultSort + " is not sortable");
        }
        this.rowMapper = Objects.requireNonNull(b.rowMapper, "rows");
    }

    /**
     * A report named {@code name} in the reports API ({@code /api/reports/<name>}), in its export
     * file names and in its message keys, shown by the view at {@code route}.
     */
    static <T> Builder<T> builder(String name, String route) {
        return new Builder<>(name, route);
    }

    // ---------------------------------------------------------------- names

    /** The report's name in the reports API path, export file names and message keys. */
    public String name() {
        return name;
    }

    /** The route of the report's grid view. */
    public String route() {
        return route;
    }

    private String viewName() {
        return route.substring(route.lastIndexOf('/') + 1);
    }

    /** The id of the view's root element. */
    public String viewId() {
        return "insights-" + viewName();
    }

    public String navKey() {
        return "insights.nav." + viewName();
    }

    public String titleKey() {
        return "insights.title." + viewName();
    }

    public String searchKey() {
        return "insights.search." + name;
    }

    /** The I18N key of what the report shows and where its figures come from (bundle {@code i18n/glossary}). */
    public String helpKey() {
        return "glossary.report." + name;
    }

    public String sheetNameKey() {
        return "insights.nav." + name;
    }

    // ---------------------------------------------------------------- access

    /** The account roles that may read the report (the view's {@code @RolesAllowed} must name the same). */
    public Set<AccountRole> readers() {
        return readers;
    }

    public boolean allows(AccountRole role) {
        return readers.contains(role);
    }

    AccountRole[] readerArray() {
        return readers.toArray(AccountRole[]::new);
    }

    /** Whether a reader in this role sees every column in clear (otherwise personal data comes masked). */
    public boolean showsInClear(AccountRole role) {
        return masking == null || masking.inClear().contains(role);
    }

    /** Whether some readers get the rows masked. */
    boolean masks() {
        return masking != null;
    }

    T masked(T row, boolean inClear) {
        return inClear || masking == null ? row : masking.mask().apply(row);
    }

    /** Sorting by a masked column would leak its order: for readers who see it masked, such sorts are dropped. */
    List<SortKey> allowedSorts(List<SortKey> sorts, boolean inClear) {
        if (inClear) {
            return sorts;
        }
        return sorts.stream().filter(s -> !byKey.containsKey(s.property()) || !byKey.get(s.property()).personalData())
                .toList();
    }

    // ---------------------------------------------------------------- columns

    /** The columns in the grid's and the exports' order. */
    public List<ReportColumn<T>> columns() {
        return columns;
    }

    public ReportColumn<T> column(String key) {
        ReportColumn<T> column = byKey.get(key);
        if (column == null) {
            throw new IllegalArgumentException("Unknown column " + key);
        }
        return column;
    }

    /** The named columns as exported, in the given order (unknown keys ignored); all of them when none are named. */
    public List<ExportColumn<T>> exportColumns(List<String> keys) {
        return model.select(keys);
    }

    /** The column the grid and the exports sort by when nothing else is asked, newest first. */
    public String defaultSort() {
        return defaultSort.key();
    }

    /**
     * The columns the grid sorts by on screen for a reader. Usage, the table of millions of rows,
     * sorts on screen only where an index keeps a first page at a millisecond; exports and the
     * reports API sort by any sortable column, as they read every row anyway.
     */
    public Set<String> screenSortable(boolean inClear) {
        Set<String> keys = new LinkedHashSet<>();
        for (ReportColumn<T> column : columns) {
            if (column.sortable() && (screenSorts == null || screenSorts.contains(column.key()))
                    && (inClear || !column.personalData())) {
                keys.add(column.key());
            }
        }
        return keys;
    }

    // ---------------------------------------------------------------- filters

    /** Whether the slices only commerce data answers (licence types, SKU, new vs existing) apply. */
    public boolean commerceSlices() {
        return slices.narrowsCommerce();
    }

    // ---------------------------------------------------------------- SQL fragments, for InsightQueryRepository

    /** The table, aliased {@code r}. */
    String table() {
        return table;
    }

    String selectList() {
        return selectList;
    }

    /** The range's conditions (with {@code :start} and {@code :end}), and any other the report decides by the filter. */
    RowFilter range() {
        return range;
    }

    /** The date column a plain range ({@code rangeOn}) bounds with {@code :start} and {@code :end}; null for another rule. */
    String rangeColumn() {
        return rangeColumn;
    }

    SliceColumns slices() {
        return slices;
    }

    List<String> searchColumns() {
        return searchColumns;
    }

    /** The column that leads the order, and whether ascending: the first known requested key, else the default. */
    record PrimarySort<T>(ReportColumn<T> column, boolean ascending) {
    }

    PrimarySort<T> primarySort(List<SortKey> sorts) {
        for (SortKey sort : sorts) {
            ReportColumn<T> column = byKey.get(sort.property());
            if (column != null && column.sortable()) {
                return new PrimarySort<>(column, sort.ascending());
            }
        }
        return new PrimarySort<>(defaultSort, false);
    }

    /**
     * The whole order of a sort request: the requested sortable columns (unknown keys ignored),
     * else the default column descending, then the id in the primary sort's direction, as the
     * indexes have it.
     */
    Keyset order(List<SortKey> sorts) {
        List<Keyset.Term> terms = new ArrayList<>();
        for (SortKey sort : sorts) {
            ReportColumn<T> column = byKey.get(sort.property());
            if (column != null && column.sortable()) {
                terms.add(Keyset.Term.of(column.sortSql(), sort.ascending(), column.nullableSort()));
            }
        }
        if (terms.isEmpty()) {
            terms.add(Keyset.Term.of(defaultSort.sortSql(), false, defaultSort.nullableSort()));
        }
        terms.add(Keyset.Term.of("r.id", terms.getFirst().ascending(), false));
        return new Keyset(terms);
    }

    /**
     * Whether an index serves this order (the default column, or one other indexed column, alone
     * before the id): then each keyset page of an export reads a few thousand index entries;
     * otherwise each page would sort every remaining row again.
     */
    boolean indexServes(List<SortKey> sorts) {
        List<ReportColumn<T>> keys = sorts.stream().map(s -> byKey.get(s.property()))
                .filter(c -> c != null && c.sortable()).distinct().toList();
        if (keys.isEmpty()) {
            return true;
        }
        ReportColumn<T> only = keys.getFirst();
        return keys.size() == 1 && (only == defaultSort || only.h2SortIndex() != null
                || only.isIndexedAfter(ReportColumn.IndexedAfter.MARKET) || only.isIndexedAfter(ReportColumn.IndexedAfter.OFFER));
    }

    RowMapper<T> rowMapper() {
        return rowMapper;
    }

    /** A date column of a row, null when null: for the reports' row mapping. */
    static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    /** The column at this position as a date, read without java.sql.Date's calendar arithmetic. */
    static LocalDate date(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    @Override
    public String toString() {
        return name;
    }

    /** Builds a definition; see the reports in this package for examples. */
    static final class Builder<T> {
        private final String name;
        private final String route;
        private Set<AccountRole> readers = EnumSet.noneOf(AccountRole.class);
        private Masking<T> masking;
        private String table;
        private String selectList;
        private RowFilter range;
        private String rangeColumn;
        private SliceColumns slices = SliceColumns.none();
        private List<String> searchColumns = List.of();
        private final List<ReportColumn<T>> columns = new ArrayList<>();
        private Set<String> screenSorts;
        private String defaultSort;
        private RowMapper<T> rowMapper;

        private Builder(String name, String route) {
            this.name = name;
            this.route = route;
        }

        /** The account roles that may read the report. */
        Builder<T> readers(Set<AccountRole> roles) {
            this.readers = EnumSet.copyOf(roles);
            return this;
        }

        /** Only these readers see the personal columns in clear; the others get each row through {@code mask}. */
        Builder<T> personalDataInClearFor(Set<AccountRole> roles, UnaryOperator<T> mask) {
            this.masking = new Masking<>(Set.copyOf(roles), mask);
            return this;
        }

        /** {@code SELECT <selectList> FROM <table>}; the table is aliased {@code r} and has {@code id} and {@code account_id}. */
        Builder<T> from(String table, String selectList) {
            this.table = table;
            this.selectList = selectList;
            return this;
        }

        /** The range keeps rows whose date column lies in it. */
        Builder<T> rangeOn(String dateColumn) {
            this.range = (filter, where) -> where.and(dateColumn + " >= :start").and(dateColumn + " < :end");
            this.rangeColumn = dateColumn;
            return this;
        }

        /** The range (parameters {@code :start} and {@code :end}) keeps the rows this filter says. */
        Builder<T> range(RowFilter rule) {
            this.range = rule;
            this.rangeColumn = null;
            return this;
        }

        Builder<T> slicedBy(SliceColumns columns) {
            this.slices = columns;
            return this;
        }

        /** The grid's free-text search looks into these columns, ignoring case. */
        Builder<T> searchIn(String... sqlColumns) {
            this.searchColumns = List.of(sqlColumns);
            return this;
        }

        Builder<T> column(ReportColumn<T> column) {
            columns.add(column);
            return this;
        }

        /** The grid sorts on screen only by these columns (all sortable columns when not called). */
        Builder<T> screenSortsOnly(String... keys) {
            this.screenSorts = Set.of(keys);
            return this;
        }

        /** The column a report is sorted by, newest first, when nothing else is asked. */
        Builder<T> defaultSort(String key) {
            this.defaultSort = key;
            return this;
        }

        Builder<T> rows(RowMapper<T> mapper) {
            this.rowMapper = mapper;
            return this;
        }

        ReportDefinition<T> build() {
            return new ReportDefinition<>(this);
        }
    }
}
