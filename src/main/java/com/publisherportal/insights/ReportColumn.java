package com.publisherportal.insights;

import com.publisherportal.common.export.ColumnType;
import com.publisherportal.common.export.ExportColumn;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * One column of a report, for its grid, its CSV/XLSX exports and the reports API alike: the
 * export metadata (Partner Center's column name, type, width, value), the grid's header and how
 * it shows the value, and how SQL sorts by it. Built fluently inside a {@link ReportDefinition}:
 * <pre>
 * ReportColumn.of("orderQuantity", "OrderQuantity", ColumnType.INTEGER, 8, OrderRow::orderQuantity)
 *         .sortBy("r.order_quantity")
 * </pre>
 * The key is the grid's column key, the visible-column selection's and the sort property.
 */
public final class ReportColumn<T> {

    /** How the grid shows a cell where the column's type alone does not say. */
    public enum Display {
        /** By the column's type: dates, numbers and booleans in the reader's locale, text as is. */
        VALUE,
        /** {@link #displaySource} is a country code, shown as the country's name in the reader's language. */
        COUNTRY,
        /** {@link #displaySource} is a message key, shown translated. */
        MESSAGE,
        /** A decimal percentage, shown with a percent sign. */
        PERCENT
    }

    /** A filter that an index puts before this column, so a pinned value of it still reads the index in order. */
    enum IndexedAfter { MARKET, OFFER }

    /**
     * On H2, the index to name for this sort (H2 picks indexes by the filters' cost alone, and
     * would sort every row of the range): {@code plain}, or {@code afterMarket} when the market
     * is pinned; the ascending twins carry the suffix {@code _asc} (V10).
     */
    record H2SortIndex(String plain, String afterMarket) {
        String name(boolean marketPinned, boolean ascending) {
            return (marketPinned ? afterMarket : plain) + (ascending ? "_asc" : "");
        }
    }

    private static final String HEADER_PREFIX = "insights.col.";

    private final ExportColumn<T> export;
    private final String sortSql;
    private final boolean hidden;
    private final boolean personal;
    private final Display display;
    private final Function<? super T, String> displaySource;
    private final Set<IndexedAfter> indexedAfter;
    private final H2SortIndex h2SortIndex;
    private final boolean nullable;

    private ReportColumn(ExportColumn<T> export, String sortSql, boolean hidden, boolean personal, Display display,
                         Function<? super T, String> displaySource, Set<IndexedAfter> indexedAfter,
                         H2SortIndex h2SortIndex, boolean nullable) {
        this.export = export;
        this.sortSql = sortSql;
        this.hidden = hidden;
        this.personal = personal;
        this.display = display;
        this.displaySource = displaySource;
        this.indexedAfter = indexedAfter;
        this.h2SortIndex = h2SortIndex;
        this.nullable = nullable;
    }

    /**
     * A column that exports {@code value} under {@code exportName}, with the header
     * {@code insights.col.<key>}; not sortable until {@link #sortBy} says how.
     */
    static <T> ReportColumn<T> of(String key, String exportName, ColumnType type, int width,
                                         Function<? super T, ?> value) {
        return new ReportColumn<>(new ExportColumn<>(key, exportName, HEADER_PREFIX + key, type, width, value), null,
                false, false, Display.VALUE, null, Set.of(), null, false);
    }

    /**
     * A country: exported as its English name, as Partner Center writes it, shown in the reader's
     * language. Not sortable, as no SQL order of the codes matches the names a reader sees (the
     * market picker slices by country instead).
     */
    static <T> ReportColumn<T> country(String key, String exportName, int width, Function<? super T, String> code) {
        return ReportColumn.<T>of(key, exportName, ColumnType.TEXT, width, r -> englishCountryName(code.apply(r)))
                .shown(Display.COUNTRY, code);
    }

    /** Sortable by this SQL expression (of the report's table, alias {@code r}). */
    ReportColumn<T> sortBy(String sql) {
        return new ReportColumn<>(export, Objects.requireNonNull(sql), hidden, personal, display, displaySource,
                indexedAfter, h2SortIndex, nullable);
    }

    /**
     * Its sort expression can be NULL: sorted {@code NULLS LAST} ascending and {@code NULLS FIRST}
     * descending on both databases, and so continued by an export's keyset pages (see
     * {@link com.publisherportal.common.Keyset}). Every sortable column whose SQL can be NULL
     * must say so ({@code ReportNullabilityTest} checks the table columns).
     */
    ReportColumn<T> nullable() {
        return new ReportColumn<>(export, sortSql, hidden, personal, display, displaySource, indexedAfter, h2SortIndex,
                true);
    }

    /** Not shown until the reader picks it in the column chooser. */
    ReportColumn<T> hidden() {
        return new ReportColumn<>(export, sortSql, true, personal, display, displaySource, indexedAfter, h2SortIndex, nullable);
    }

    /** Personal data: masked for readers who may not see it, and then neither sortable nor searchable. */
    ReportColumn<T> personal() {
        return new ReportColumn<>(export, sortSql, hidden, true, display, displaySource, indexedAfter, h2SortIndex, nullable);
    }

    /** Shown as the translation of a message key the row gives, e.g. an enum's label. */
    ReportColumn<T> shownAsMessage(Function<? super T, String> messageKey) {
        return shown(Display.MESSAGE, messageKey);
    }

    /** Shown as a percentage. */
    ReportColumn<T> shownAsPercent() {
        return shown(Display.PERCENT, null);
    }

    private ReportColumn<T> shown(Display how, Function<? super T, String> source) {
        return new ReportColumn<>(export, sortSql, hidden, personal, how, source, indexedAfter, h2SortIndex, nullable);
    }

    /**
     * An index leads with the account and the given filters' column before this sort column
     * (V6, V10): when the filter pins that column, the grid's ORDER BY names it first, see
     * {@link InsightQueryRepository}.
     */
    ReportColumn<T> indexedAfter(IndexedAfter... filters) {
        return new ReportColumn<>(export, sortSql, hidden, personal, display, displaySource,
                Set.of(filters), h2SortIndex, nullable);
    }

    /** The index H2 must be told to read for this sort, see {@link H2SortIndex}. */
    ReportColumn<T> h2SortIndex(String plain, String afterMarket) {
        return new ReportColumn<>(export, sortSql, hidden, personal, display, displaySource, indexedAfter,
                new H2SortIndex(plain, afterMarket), nullable);
    }

    public String key() {
        return export.key();
    }

    /** The I18N key of the grid's header. */
    public String headerKey() {
        return export.headerKey();
    }

    /**
     * The I18N key of what the column means, shown as its header's tooltip, in the report's help
     * panel, on the glossary page and in an export's definitions sheet (bundle {@code i18n/glossary}).
     * Shared by the reports that have the column, as its header is.
     */
    public String definitionKey() {
        return definitionKey(key());
    }

    static String definitionKey(String columnKey) {
        return "glossary.col." + columnKey;
    }

    public ColumnType type() {
        return export.type();
    }

    /** The typed value the exports write and the grid formats. */
    public Object valueOf(T row) {
        return export.valueOf(row);
    }

    public ExportColumn<T> export() {
        return export;
    }

    public boolean hiddenByDefault() {
        return hidden;
    }

    public boolean personalData() {
        return personal;
    }

    public Display display() {
        return display;
    }

    /** The country code or message key the grid shows a cell as ({@link Display#COUNTRY}, {@link Display#MESSAGE}). */
    public String displaySource(T row) {
        return displaySource.apply(row);
    }

    /** Whether SQL can sort by this column (in exports and the API; the grid may sort by fewer). */
    public boolean sortable() {
        return sortSql != null;
    }

    String sortSql() {
        return sortSql;
    }

    /** Whether the sort expression can be NULL, see {@link #nullable()}. */
    boolean nullableSort() {
        return nullable;
    }

    boolean isIndexedAfter(IndexedAfter filter) {
        return indexedAfter.contains(filter);
    }

    H2SortIndex h2SortIndex() {
        return h2SortIndex;
    }

    /** Country name in English, as Partner Center's exports write it. */
    static String englishCountryName(String code) {
        return code == null ? null : COUNTRY_NAMES.computeIfAbsent(code, c -> Locale.of("", c).getDisplayCountry(Locale.ENGLISH));
    }

    /** Looked up once per code: exports write a country on each of millions of rows. */
    private static final Map<String, String> COUNTRY_NAMES = new ConcurrentHashMap<>();
}
