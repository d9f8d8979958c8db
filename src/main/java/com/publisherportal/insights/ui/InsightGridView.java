package com.publisherportal.insights.ui;

import com.publisherportal.common.RowWindow;
import com.publisherportal.common.SortKey;
import com.publisherportal.common.export.ColumnModel;
import com.publisherportal.common.export.ExportColumn;
import com.publisherportal.common.export.ExportOptions;
import com.publisherportal.common.ui.ExportLinks;
import com.publisherportal.common.ui.Formats;
import com.publisherportal.insights.InsightColumns;
import com.publisherportal.insights.InsightFilter;
import com.publisherportal.insights.InsightService;
import com.publisherportal.insights.ReportKind;
import com.publisherportal.onboarding.OfferService;
import com.publisherportal.security.AccountRole;
import com.publisherportal.security.CurrentUser;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * An insights report as a lazily loaded grid: the shared range and slice pickers, a search, a
 * column chooser and CSV/XLSX downloads of exactly what the grid shows (filter, sort, visible
 * columns). Paging, sorting and filtering run in SQL; the grid never asks for a total count, so
 * a first page over millions of rows costs one indexed query.
 */
public abstract class InsightGridView<T> extends VerticalLayout {

    protected final InsightService insights;
    protected final long accountId;
    protected final AccountRole role;
    protected final InsightFilterBar filters;
    protected final Grid<T> grid = new Grid<>();
    protected final TextField search = new TextField();
    private final ReportKind kind;
    private final ColumnModel<T> model;
    private final Map<String, Function<T, String>> display = new HashMap<>();
    private final ExportLinks exports = new ExportLinks();
    private final VerticalLayout extra = new VerticalLayout();

    protected InsightGridView(ReportKind kind, ColumnModel<T> model, String defaultSort, Set<String> hiddenByDefault,
                              InsightService insights, OfferService offers, CurrentUser currentUser, String path) {
        this.kind = kind;
        this.model = model;
        this.insights = insights;
        this.accountId = currentUser.require().accountId();
        this.role = currentUser.require().accountRole();
        addClassName("portal-page");
        setSizeFull();
        boolean commerce = kind == ReportKind.ORDERS || kind == ReportKind.USAGE || kind == ReportKind.CUSTOMERS;
        filters = new InsightFilterBar(insights, accountId, offers.offers(accountId), commerce);
        search.setId("insights-search");
        search.setPlaceholder(getTranslation("insights.search." + kind.path()));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);

        extra.setPadding(false);
        extra.setSpacing(false);

        configureGrid(defaultSort, hiddenByDefault, insights.seesPersonalData(accountId));
        HorizontalLayout tools = new HorizontalLayout(search, columnsMenu(), exports);
        tools.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        tools.setWrap(true);
        add(new InsightNav(role, path), filters, extra, tools, grid);
        filters.addChangeListener(this::refresh);
        search.addValueChangeListener(e -> refresh());
        updateExports();
    }

    /** Content above the grid (charts), refreshed with the filter. */
    protected VerticalLayout extra() {
        return extra;
    }

    /** How a column reads on screen when the default (by type) is not right. */
    protected void display(String key, Function<T, String> format) {
        display.put(key, format);
    }

    private void configureGrid(String defaultSort, Set<String> hiddenByDefault, boolean personal) {
        grid.setId("insights-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setMultiSort(true, Grid.MultiSortPriority.APPEND);
        Set<String> sortable = insights.sortableColumns(kind);
        for (ExportColumn<T> column : model.all()) {
            boolean masked = !personal && InsightColumns.PERSONAL.contains(column.key());
            Grid.Column<T> gridColumn = grid.addColumn(row -> text(column, row)).setKey(column.key())
                    .setHeader(getTranslation(column.headerKey())).setAutoWidth(true).setResizable(true)
                    .setSortProperty(column.key());
            // Sorting by a masked column would reveal its order (the service ignores it too).
            gridColumn.setSortable(!masked && sortable.contains(column.key()));
            gridColumn.setVisible(!hiddenByDefault.contains(column.key()));
            if (column.type() == com.publisherportal.common.export.ColumnType.INTEGER
                    || column.type() == com.publisherportal.common.export.ColumnType.DECIMAL) {
                gridColumn.setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
            }
        }
        grid.setItems(query -> insights.<T>page(kind, accountId, filter(), sorts(grid.getSortOrder()),
                RowWindow.of(query.getOffset(), query.getLimit())).stream());
        grid.sort(GridSortOrder.desc(grid.getColumnByKey(defaultSort)).build());
        grid.addSortListener(e -> updateExports());
    }

    private String text(ExportColumn<T> column, T row) {
        Function<T, String> custom = display.get(column.key());
        if (custom != null) {
            return custom.apply(row);
        }
        Object value = column.valueOf(row);
        if (value == null) {
            return "";
        }
        return switch (column.type()) {
            case DATE -> date((LocalDate) value);
            case DECIMAL -> decimal((BigDecimal) value);
            case INTEGER -> Formats.number(((Number) value).longValue());
            case BOOLEAN -> Boolean.TRUE.equals(value) ? getTranslation("insights.yes") : getTranslation("insights.no");
            default -> value.toString();
        };
    }

    protected String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale()).format(date);
    }

    protected String decimal(BigDecimal value) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(getLocale());
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    protected String country(String code) {
        return code == null ? "" : Locale.of("", code).getDisplayCountry(getLocale());
    }

    private MenuBar columnsMenu() {
        MenuBar menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY);
        menu.setId("insights-columns");
        SubMenu sub = menu.addItem(getTranslation("insights.columns")).getSubMenu();
        for (ExportColumn<T> column : model.all()) {
            MenuItem item = sub.addItem(getTranslation(column.headerKey()));
            item.setCheckable(true);
            item.setChecked(grid.getColumnByKey(column.key()).isVisible());
            item.setKeepOpen(true);
            item.setId("insights-column-" + column.key());
            item.addClickListener(e -> {
                grid.getColumnByKey(column.key()).setVisible(item.isChecked());
                updateExports();
            });
        }
        return menu;
    }

    /** The filter the grid shows now. */
    public InsightFilter filter() {
        return new InsightFilter(filters.range(), filters.slice(), search.getValue());
    }

    /** The grid's visible columns, in the grid's order. */
    public List<String> visibleColumns() {
        List<String> keys = new ArrayList<>();
        for (Grid.Column<T> column : grid.getColumns()) {
            if (column.isVisible()) {
                keys.add(column.getKey());
            }
        }
        return keys;
    }

    public List<SortKey> sorts() {
        return sorts(grid.getSortOrder());
    }

    private static <T> List<SortKey> sorts(List<GridSortOrder<T>> orders) {
        return orders.stream().map(o -> new SortKey(o.getSorted().getKey(),
                o.getDirection() == SortDirection.ASCENDING)).toList();
    }

    protected void refresh() {
        grid.getDataProvider().refreshAll();
        updateExports();
        refreshExtra();
    }

    /** Rebuilds the content above the grid; nothing by default. */
    protected void refreshExtra() {
    }

    /** The links hold a snapshot of filter, sort and columns, renewed on every change. */
    private void updateExports() {
        InsightFilter filter = filter();
        List<SortKey> sorts = sorts();
        List<String> columns = visibleColumns();
        exports.set(kind.path() + "-" + filter.range().first() + "-" + filter.range().last(),
                ExportOptions.of(Formats.zone(), getTranslation("insights.nav." + kind.path())),
                () -> insights.count(kind, accountId, filter),
                (format, options, out) -> insights.export(kind, accountId, filter, sorts, columns, format, options, out));
    }

    /** A note shown above the grid when the data does not apply (e.g. no rows yet). */
    protected Paragraph note(String key) {
        Paragraph p = new Paragraph(getTranslation(key));
        p.addClassName("insights-note");
        return p;
    }
}
