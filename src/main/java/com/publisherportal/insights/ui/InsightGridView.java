package com.publisherportal.insights.ui;

import com.publisherportal.common.ui.PortalGrid;
import com.publisherportal.account.Countries;
import com.publisherportal.common.RowWindow;
import com.publisherportal.common.SortKey;
import com.publisherportal.common.export.ColumnType;
import com.publisherportal.common.export.ExportOptions;
import com.publisherportal.common.ui.ColumnsMenu;
import com.publisherportal.common.ui.ExportLinks;
import com.publisherportal.common.ui.Formats;
import com.publisherportal.common.ui.GridPages;
import com.publisherportal.common.ui.Markup;
import com.publisherportal.insights.InsightFilter;
import com.publisherportal.insights.InsightService;
import com.publisherportal.insights.ReportColumn;
import com.publisherportal.insights.ReportDefinition;
import com.publisherportal.insights.ReportGlossary;
import com.publisherportal.onboarding.OfferService;
import com.publisherportal.security.AccountRole;
import com.publisherportal.security.CurrentUser;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.jsoup.nodes.Element;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * An insights report as a lazily loaded grid: the shared range and slice pickers, a search, a
 * column chooser and CSV/XLSX downloads of exactly what the grid shows (filter, sort, visible
 * columns). Paging, sorting and filtering run in SQL; the grid never asks for a total count, so
 * a first page over millions of rows costs one indexed query. Columns, default sort, sortable
 * and hidden columns, slices, search hint and export names all come from the report's
 * {@link ReportDefinition}; a subclass adds its route, its access annotation (the definition's
 * readers, checked by a test) and anything shown above the grid.
 */
public abstract class InsightGridView<T> extends VerticalLayout {

    protected final InsightService insights;
    protected final long accountId;
    protected final AccountRole role;
    protected final InsightFilterBar filters;
    protected final Grid<T> grid = new PortalGrid<>();
    protected final TextField search = new TextField();
    protected final ReportDefinition<T> report;
    private final ExportLinks exports = new ExportLinks();
    /** Whether Excel downloads carry a "Definitions" sheet after the data (CSV has one table only). */
    private final Checkbox withDefinitions = new Checkbox(false);
    private final VerticalLayout extra = new VerticalLayout();
    /** The columns the grid may sort by on screen (not a masked one). */
    private Set<String> sortable;

    protected InsightGridView(ReportDefinition<T> report, InsightService insights, OfferService offers,
                              CurrentUser currentUser) {
        this.report = report;
        this.insights = insights;
        this.accountId = currentUser.require().accountId();
        this.role = currentUser.require().accountRole();
        setId(report.viewId());
        addClassName("portal-page");
        setSizeFull();
        filters = new InsightFilterBar(insights, accountId, offers.offers(accountId), report.commerceSlices());
        search.setId("insights-search");
        search.setPlaceholder(getTranslation(report.searchKey()));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);

        extra.setPadding(false);
        extra.setSpacing(false);

        configureGrid(insights.showsInClear(report, accountId));
        withDefinitions.setLabel(getTranslation("glossary.export.option"));
        withDefinitions.setId("export-definitions");
        withDefinitions.addValueChangeListener(e -> updateExports());
        HorizontalLayout tools = new HorizontalLayout(search, columnsMenu(), exports, withDefinitions);
        tools.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        tools.setWrap(true);
        add(new InsightNav(role, report.route()), help(), filters, extra, tools, grid);
        filters.addChangeListener(this::refresh);
        search.addValueChangeListener(e -> refresh());
        updateExports();
    }

    /** The report this view shows. */
    public ReportDefinition<T> report() {
        return report;
    }

    /** Content above the grid (charts), refreshed with the filter. */
    protected VerticalLayout extra() {
        return extra;
    }

    private void configureGrid(boolean inClear) {
        grid.setId("insights-grid");
        // The charts and tables above must not squeeze the grid to a row or two.
        grid.setMinHeight("24rem");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setPageSize(GridPages.ROWS);
        grid.setMultiSort(true, Grid.MultiSortPriority.APPEND);
        // Sorting by a masked column would reveal its order (the service ignores it too).
        sortable = report.screenSortable(inClear);
        for (ReportColumn<T> column : report.columns()) {
            if (!column.hiddenByDefault()) {
                addColumn(column);
            }
        }
        grid.setItems(query -> insights.page(report, accountId, filter(), sorts(grid.getSortOrder()),
                RowWindow.of(query.getOffset(), query.getLimit())).stream());
        grid.sort(GridSortOrder.desc(grid.getColumnByKey(report.defaultSort())).build());
        grid.addSortListener(e -> updateExports());
    }

    /** Adds the grid's column; a column hidden by default is created when the column chooser first shows it. */
    private void addColumn(ReportColumn<T> column) {
        Grid.Column<T> gridColumn = grid.addColumn(row -> text(column, row)).setKey(column.key())
                .setHeader(header(column)).setAutoWidth(true).setResizable(true)
                .setSortProperty(column.key());
        gridColumn.setSortable(sortable.contains(column.key()));
        if (column.type() == ColumnType.INTEGER || column.type() == ColumnType.DECIMAL) {
            gridColumn.setTextAlign(ColumnTextAlign.END);
        }
    }

    /**
     * A column's header: its name, with what it means as a tooltip (the tooltip web component,
     * pointed at the header by its id). Markup held by one component: a span with its tooltip kept
     * about 2 KB per column in every open report (issue 20).
     */
    private Html header(ReportColumn<T> column) {
        String id = "header-" + column.key();
        Element header = Markup.root("span").addClass("insights-column-header").id(id).text(getTranslation(column.headerKey()));
        header.appendElement("vaadin-tooltip").attr("for", id).attr("text", getTranslation(column.definitionKey()));
        return Markup.html(header);
    }

    /**
     * The report's help panel, folded until opened: what the report shows and what each of its
     * columns means (hidden columns included, as the column chooser offers them), with a link to
     * the glossary of every report. Its content is made when first opened: most readers never open
     * it, and it kept about 8 KB in every open report (issue 20).
     */
    private Details help() {
        Details details = new Details(new Span(getTranslation("glossary.help.summary")));
        details.setId("report-help");
        details.addClassName("insights-help");
        details.addOpenedChangeListener(e -> {
            if (e.isOpened() && details.getContent().findAny().isEmpty()) {
                details.add(helpContent());
            }
        });
        return details;
    }

    private Div helpContent() {
        Div content = new Div();
        Paragraph about = new Paragraph(getTranslation(report.helpKey()));
        about.setId("report-help-text");
        content.add(about);
        // Markup held by one component: an element per term and definition kept about 22 KB in
        // every open report (issue 20).
        Element list = Markup.root("dl").id("report-help-columns").addClass("insights-definitions");
        for (ReportColumn<T> column : report.columns()) {
            list.appendElement("dt").text(getTranslation(column.headerKey()));
            list.appendElement("dd").text(getTranslation(column.definitionKey()));
        }
        content.add(Markup.html(list));
        Anchor glossary = new Anchor(GlossaryView.ROUTE, getTranslation("glossary.link"));
        glossary.setId("report-help-glossary");
        content.add(glossary);
        return content;
    }

    /** A cell as the reader sees it: as the column's display says, else by its type in the reader's locale. */
    private String text(ReportColumn<T> column, T row) {
        return switch (column.display()) {
            case COUNTRY -> country(column.displaySource(row));
            case MESSAGE -> getTranslation(column.displaySource(row));
            case PERCENT -> column.valueOf(row) instanceof BigDecimal rate ? InsightsView.rate(rate) : "";
            case VALUE -> byType(column.type(), column.valueOf(row));
        };
    }

    private String byType(ColumnType type, Object value) {
        if (value == null) {
            return "";
        }
        return switch (type) {
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
        return Countries.name(code, getLocale());
    }

    private ColumnsMenu columnsMenu() {
        Map<String, String> headers = new LinkedHashMap<>();
        report.columns().forEach(column -> headers.put(column.key(), column.headerKey()));
        return new ColumnsMenu("insights", grid, headers,
                key -> addColumn(report.column(key)),
                this::updateExports);
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
        ExportOptions base = ExportOptions.of(Formats.zone(), getTranslation(report.sheetNameKey()));
        ExportOptions chosen = withDefinitions.getValue()
                ? base.withDefinitions(ReportGlossary.sheet(report, columns, key -> getTranslation(key))) : base;
        exports.set(report.name() + "-" + filter.range().first() + "-" + filter.range().last(), chosen,
                () -> insights.count(report, accountId, filter),
                (format, options, out) -> insights.export(report, accountId, filter, sorts, columns, format, options, out));
    }

    /** A note shown above the grid when the data does not apply (e.g. no rows yet). */
    protected Paragraph note(String key) {
        Paragraph p = new Paragraph(getTranslation(key));
        p.addClassName("insights-note");
        return p;
    }
}
