package com.publisherportal.common.ui;

import com.publisherportal.common.RowWindow;
import com.publisherportal.common.export.ColumnType;
import com.publisherportal.common.export.RowSource;
import com.publisherportal.common.export.ExportColumn;
import com.publisherportal.common.export.ExportOptions;
import com.publisherportal.common.export.TableExporter;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.function.SerializableComparator;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A grid's columns declared once for the screen and for its CSV and Excel downloads (through the
 * shared {@link TableExporter} and {@link ExportLinks}): a download holds the grid's visible
 * columns in the grid's order, under the grid's (translated) headers, with the words the grid
 * shows (translated labels, never an enum's name), in the grid's current sort order.
 * <p>
 * The rows are read when the download starts, from the supplier the view gives, which should be
 * the service call that fills the grid, so the service checks the caller again for the download.
 */
public final class GridExport<T> {

    private final Grid<T> grid;
    private final Map<String, ExportColumn<T>> columns = new LinkedHashMap<>();
    private final ExportLinks links = new ExportLinks();
    private TableExporter exporter;
    private String baseName;
    private String sheetName;
    private Function<List<QuerySortOrder>, RowSource<T>> rows;

    /** One window of a lazily loaded grid's rows, in the grid's sort order, from the service that fills the grid. */
    @FunctionalInterface
    public interface Page<T> {
        List<T> fetch(List<QuerySortOrder> sorts, RowWindow window);
    }

    public GridExport(Grid<T> grid) {
        this.grid = grid;
        links.addClassName("grid-export");
    }

    /** A text column: the grid and the downloads show {@code text} (also the cell's tooltip). */
    public Grid.Column<T> text(String key, String header, Function<T, String> text) {
        Grid.Column<T> column = grid.addColumn(row -> nullToEmpty(text.apply(row))).setKey(key).setHeader(header)
                .setTooltipGenerator(row -> nullToEmpty(text.apply(row))).setResizable(true);
        columns.put(key, new ExportColumn<>(key, header, key, ColumnType.TEXT, 24, text));
        return column;
    }

    /** A date and time, shown in the user's format and written as a date-time cell. */
    public Grid.Column<T> timestamp(String key, String header, Function<T, Instant> value) {
        Grid.Column<T> column = grid.addColumn(row -> value.apply(row) == null ? "" : Formats.dateTime(value.apply(row)))
                .setKey(key).setHeader(header).setResizable(true);
        columns.put(key, new ExportColumn<>(key, header, key, ColumnType.TIMESTAMP, 20, value));
        return column;
    }

    /** A date, shown in the user's format and written as a date cell. */
    public Grid.Column<T> date(String key, String header, Function<T, Instant> value) {
        Grid.Column<T> column = grid.addColumn(row -> value.apply(row) == null ? "" : Formats.date(value.apply(row)))
                .setKey(key).setHeader(header).setResizable(true);
        columns.put(key, new ExportColumn<>(key, header, key, ColumnType.DATE, 12,
                row -> value.apply(row) == null ? null : LocalDate.ofInstant(value.apply(row), Formats.zone())));
        return column;
    }

    /** A whole number, shown grouped and written as a number cell. */
    public Grid.Column<T> integer(String key, String header, Function<T, ? extends Number> value) {
        Grid.Column<T> column = grid.addColumn(row -> value.apply(row) == null ? "" : Formats.number(value.apply(row).longValue()))
                .setKey(key).setHeader(header).setResizable(true);
        columns.put(key, new ExportColumn<>(key, header, key, ColumnType.INTEGER, 10, value));
        return column;
    }

    /** A number with decimals: {@code text} is what the grid shows, {@code value} what the downloads write. */
    public Grid.Column<T> decimal(String key, String header, Function<T, ? extends Number> value, Function<T, String> text) {
        Grid.Column<T> column = grid.addColumn(row -> nullToEmpty(text.apply(row))).setKey(key).setHeader(header)
                .setResizable(true);
        columns.put(key, new ExportColumn<>(key, header, key, ColumnType.DECIMAL, 14, value));
        return column;
    }

    /**
     * Exports a column the view added itself (e.g. a badge), under its header, as the text given,
     * which must be what the column shows.
     */
    public Grid.Column<T> exportAs(Grid.Column<T> column, String header, Function<T, String> text) {
        String key = column.getKey();
        if (key == null) {
            throw new IllegalArgumentException("The column needs a key");
        }
        columns.put(key, new ExportColumn<>(key, header, key, ColumnType.TEXT, 16, text));
        return column;
    }

    /** The "Download CSV / Download Excel" links, to be placed by the view. */
    public ExportLinks links() {
        return links;
    }

    /**
     * Where the downloads read their rows: {@code rows} is asked when a download starts (the
     * service call that fills the grid, with the grid's filters); the rows are then put in the
     * grid's current sort order.
     */
    public void bind(TableExporter exporter, String baseName, String sheetName, Supplier<? extends List<T>> rows) {
        bind(exporter, baseName, sheetName, sorts -> {
            List<T> list = new ArrayList<>(rows.get());
            SerializableComparator<T> sort = grid.getDataCommunicator().getInMemorySorting();
            if (sort != null) {
                list.sort(sort);
            }
            return list::forEach;
        });
    }

    /**
     * For a lazily loaded grid: the downloads read every row, a window at a time, through
     * {@code page} (the grid's own fetch, with its filters), in the grid's current sort order.
     */
    public void bindPaged(TableExporter exporter, String baseName, String sheetName, Page<T> page) {
        bind(exporter, baseName, sheetName, sorts -> consumer -> {
            int offset = 0;
            while (true) {
                List<T> window = page.fetch(sorts, RowWindow.of(offset, RowWindow.MAX_LIMIT));
                window.forEach(consumer);
                if (window.size() < RowWindow.MAX_LIMIT) {
                    return;
                }
                offset += window.size();
            }
        });
    }

    private void bind(TableExporter exporter, String baseName, String sheetName,
                      Function<List<QuerySortOrder>, RowSource<T>> rows) {
        this.exporter = exporter;
        this.baseName = baseName;
        this.sheetName = sheetName;
        this.rows = rows;
        grid.addSortListener(e -> refresh());
        refresh();
    }

    /** The export columns: the grid's visible columns that export, in the grid's order. */
    public List<ExportColumn<T>> visibleColumns() {
        List<ExportColumn<T>> visible = new ArrayList<>();
        for (Grid.Column<T> column : grid.getColumns()) {
            ExportColumn<T> export = column.getKey() == null ? null : columns.get(column.getKey());
            if (export != null && column.isVisible()) {
                visible.add(export);
            }
        }
        return visible;
    }

    /** Renews the downloads' snapshot of the columns and sort order; call after a filter or column change. */
    public void refresh() {
        if (exporter == null) {
            return;
        }
        List<ExportColumn<T>> visible = visibleColumns();
        List<QuerySortOrder> sorts = grid.getSortOrder().stream()
                .flatMap(order -> order.getSorted().getSortOrder(order.getDirection())).toList();
        Function<List<QuerySortOrder>, RowSource<T>> source = rows;
        TableExporter tables = exporter;
        links.set(baseName + "-" + LocalDate.now(Formats.zone()), ExportOptions.of(Formats.zone(), sheetName), () -> -1,
                (format, options, out) -> tables.export(format, visible, source.apply(sorts), out, options));
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
