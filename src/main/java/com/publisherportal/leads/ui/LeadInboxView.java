package com.publisherportal.leads.ui;

import com.publisherportal.common.ui.PortalGrid;
import com.publisherportal.common.ui.ComponentTexts;
import com.publisherportal.account.Countries;
import com.publisherportal.account.Member;
import com.publisherportal.common.RowWindow;
import com.publisherportal.common.NotFoundException;
import com.publisherportal.common.SortKey;
import com.publisherportal.common.export.ColumnType;
import com.publisherportal.common.export.ExportColumn;
import com.publisherportal.common.export.ExportOptions;
import com.publisherportal.common.ui.ColumnsMenu;
import com.publisherportal.common.ui.ExportLinks;
import com.publisherportal.common.ui.FilterPanel;
import com.publisherportal.common.ui.Formats;
import com.publisherportal.common.ui.GridPages;
import com.publisherportal.leads.FollowUp;
import com.publisherportal.leads.FollowUpSummary;
import com.publisherportal.leads.Lead;
import com.publisherportal.leads.LeadAction;
import com.publisherportal.leads.LeadColumns;
import com.publisherportal.leads.LeadFilter;
import com.publisherportal.leads.LeadService;
import com.publisherportal.leads.LeadStatus;
import com.publisherportal.onboarding.Offer;
import com.publisherportal.onboarding.OfferService;
import com.publisherportal.security.CurrentUser;
import com.publisherportal.security.Roles;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.page.Page;
import com.vaadin.flow.shared.Registration;
import com.publisherportal.common.ui.ChoicePicker;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.dataview.GridLazyDataView;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.time.Instant;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The lead inbox: a lazily loaded grid whose paging, sorting and filtering run in SQL, with the
 * follow-up clock visible on each row, a lead's detail on click, a choice of columns, and CSV and
 * XLSX downloads of exactly the filtered, sorted rows and visible columns the grid shows.
 */
@Route("leads")
@Menu(title = "nav.leads", order = 20, icon = "vaadin:inbox")
@RolesAllowed({Roles.OWNER, Roles.MANAGER})
public class LeadInboxView extends VerticalLayout {

    private final LeadService leads;
    private final long accountId;
    private final Grid<InboxRow> grid = new PortalGrid<>();
    /** The grid's columns in their order, each with how its value reads on screen. */
    private final List<ExportColumn<Lead>> columns = displayOrder();
    private final List<String> columnKeys = columns.stream().map(ExportColumn::key).toList();
    private final List<Function<Lead, String>> texts = new ArrayList<>();
    private final Span summary = new Span();
    private final TextField search = new TextField();
    private final ChoicePicker<LeadStatus> status = new ChoicePicker<>();
    private final ChoicePicker<Offer> offer = new ChoicePicker<>();
    private final ChoicePicker<Member> assignee = new ChoicePicker<>();
    private final Checkbox unassigned = new Checkbox();
    private final ChoicePicker<FollowUp> followUp = new ChoicePicker<>();
    /** The filters set less often (the lead's action, its source, when it came): null until asked for. */
    private MoreFilters more;
    private final ExportLinks exports = new ExportLinks();
    private final FilterPanel filters = new FilterPanel(search, status, offer, assignee, unassigned, followUp);

    /**
     * The grid's columns in the order the inbox shows them: who the lead is first (kept in view
     * while the rest scrolls), then where it stands; columns not named here follow in the model's order.
     */
    static final List<String> DISPLAY_ORDER = List.of("firstName", "lastName", "company", "status", "followUpDueAt",
            "email", "receivedAt", "score", "action", "source", "offer", "country", "assignedTo", "repeatCount");
    /** The columns kept in view while the grid scrolls sideways (on a wide screen). */
    static final Set<String> FROZEN = Set.of("firstName", "lastName", "company");
    private static final int NARROW_PX = 640;
    private Registration resizeRegistration;
    private GridLazyDataView<InboxRow> rows;
    /** Rows read for the grid whose texts the answer being prepared still has to send. */
    private final List<InboxRow> unsent = new ArrayList<>();
    /** The account's follow-up figures: read when the inbox opens and after a change of a lead, not per filter. */
    private FollowUpSummary followUps;
    /** The rows counted under some filters: for the summary, the grid's size, and reading windows near the end from there. */
    private record Count(LeadFilter filter, int rows) {
    }

    /** The last count made, by {@link #refresh()} or for the grid. */
    private Count counted;
    /**
     * Whether the grid's next count request takes {@link #counted} (once, under the same filters),
     * so that one refresh counts once, not twice.
     */
    private boolean countReady;

    public LeadInboxView(LeadService leads, OfferService offers, CurrentUser currentUser) {
        this.leads = leads;
        this.accountId = currentUser.require().accountId();
        addClassName("portal-page");
        setSizeFull();

        summary.setId("lead-summary");
        summary.addClassName("lead-summary");
        configureFilters(offers.offers(accountId));
        configureGrid();

        filters.setId("lead-filters");
        HorizontalLayout tools = new HorizontalLayout(summary, columnsMenu(), exports);
        tools.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        tools.setWidthFull();
        tools.setWrap(true);
        summary.getStyle().set("flex", "1");
        add(tools, filters, grid);
        followUps = leads.followUpSummary(accountId);
        refresh();
    }

    private void configureFilters(List<Offer> accountOffers) {
        search.setPlaceholder(getTranslation("lead.filter.search"));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setId("lead-search");
        search.setMinWidth("16em");
        status.setPlaceholder(getTranslation("lead.filter.status"));
        status.setItems(List.of(LeadStatus.values()), s -> getTranslation("lead.status." + s.name()));
        status.setId("lead-filter-status");
        offer.setPlaceholder(getTranslation("lead.filter.offer"));
        offer.setItems(accountOffers, Offer::name);
        offer.setId("lead-filter-offer");
        assignee.setPlaceholder(getTranslation("lead.filter.assignee"));
        assignee.setItems(leads.assignees(accountId), Member::displayName);
        assignee.setId("lead-filter-assignee");
        unassigned.setLabel(getTranslation("lead.filter.unassigned"));
        unassigned.setId("lead-filter-unassigned");
        followUp.setPlaceholder(getTranslation("lead.filter.follow-up"));
        followUp.setItems(List.of(FollowUp.DUE_SOON, FollowUp.OVERDUE, FollowUp.ON_TIME),
                f -> getTranslation("lead.follow-up." + f.name()));
        followUp.setId("lead-filter-follow-up");
        for (var field : List.of(status, offer, assignee, followUp)) {
            field.setClearButtonVisible(true);
        }
        filters.addMoreFilters("lead-more-filters", () -> {
            more = new MoreFilters();
            return new Component[] {more.action, more.source, more.from, more.to};
        });
        search.addValueChangeListener(e -> refresh());
        status.addValueChangeListener(e -> refresh());
        offer.addValueChangeListener(e -> refresh());
        assignee.addValueChangeListener(e -> refresh());
        unassigned.addValueChangeListener(e -> {
            assignee.setEnabled(!e.getValue());
            refresh();
        });
        followUp.addValueChangeListener(e -> refresh());
    }

    /**
     * The filters set less often, created when "More filters" is clicked: two more pickers and the
     * two date pickers with their translated calendars kept about 27 KB in every open inbox (issue 20).
     */
    private final class MoreFilters implements Serializable {
        final ChoicePicker<LeadAction> action = new ChoicePicker<>();
        final ChoicePicker<String> source = new ChoicePicker<>();
        final DatePicker from = new DatePicker();
        final DatePicker to = new DatePicker();

        MoreFilters() {
            action.setPlaceholder(getTranslation("lead.filter.action"));
            action.setItems(List.of(LeadAction.values()), a -> getTranslation("lead.action." + a.name()));
            action.setId("lead-filter-action");
            source.setPlaceholder(getTranslation("lead.filter.source"));
            source.setItems(leads.sources(accountId), s -> s);
            source.setId("lead-filter-source");
            from.setPlaceholder(getTranslation("lead.filter.from"));
            from.setId("lead-filter-from");
            to.setPlaceholder(getTranslation("lead.filter.to"));
            to.setId("lead-filter-to");
            ComponentTexts.localise(from);
            ComponentTexts.localise(to);
            action.setClearButtonVisible(true);
            source.setClearButtonVisible(true);
            for (var field : List.<AbstractField<?, ?>>of(action, source, from, to)) {
                field.addValueChangeListener(e -> refresh());
            }
        }

        int active() {
            return (action.isEmpty() ? 0 : 1) + (source.isEmpty() ? 0 : 1) + (from.isEmpty() ? 0 : 1)
                    + (to.isEmpty() ? 0 : 1);
        }
    }

    private void configureGrid() {
        grid.setId("lead-grid");
        grid.setPageSize(GridPages.ROWS);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setMultiSort(true, Grid.MultiSortPriority.APPEND);
        for (ExportColumn<Lead> column : columns) {
            texts.add(display(column));
            if (LeadColumns.DEFAULT_VISIBLE.contains(column.key())) {
                addColumn(column.key());
            }
        }
        grid.setPartNameGenerator(InboxRow::partName);
        rows = grid.setItems(query -> untilSent(leads.find(accountId, filter(), sorts(grid.getSortOrder()),
                        window(query.getOffset(), query.getLimit())).stream().map(this::row).toList()).stream(),
                query -> countForGrid(filter()));
        // Rows are the same lead whatever their version, so a changed lead replaces its row in place.
        rows.setIdentifierProvider(InboxRow::id);
        grid.sort(GridSortOrder.desc(grid.getColumnByKey("receivedAt")).build());
        grid.addSortListener(e -> updateExports());
        grid.addItemClickListener(e -> new LeadDetailDialog(leads, accountId, e.getItem().id(), this::changed).open());
    }

    /**
     * Rows just read for the grid: their texts are dropped when the answer that sends them is
     * written (the grid generates a row's cells while it prepares that answer), so the session keeps
     * each row the browser holds without its texts (issue 20: about 15 KB of an open inbox).
     */
    private List<InboxRow> untilSent(List<InboxRow> read) {
        if (unsent.isEmpty() && !read.isEmpty()) {
            getUI().ifPresent(ui -> ui.beforeClientResponse(ui, sent -> {
                unsent.forEach(InboxRow::forget);
                unsent.clear();
            }));
        }
        unsent.addAll(read);
        return read;
    }

    /**
     * The text of a row's cell. Vaadin generates a row's cells from a row it has just read (or been
     * given to redraw); should it ever ask again for a row whose texts were dropped, the lead is
     * read again once for all its cells, and its texts dropped again with this answer (a lead
     * removed since shows empty cells).
     */
    private String cell(InboxRow row, int cell) {
        if (!row.holdsTexts()) {
            InboxRow readAgain;
            try {
                readAgain = row(leads.lead(accountId, row.id()));
            } catch (NotFoundException gone) {
                readAgain = new InboxRow(row.id(), row.partName(), columnKeys, new String[columnKeys.size()]);
            }
            row.holdTextsOf(readAgain);
            untilSent(List.of(row));
        }
        return row.cell(cell);
    }

    /** The lead as its row: the texts of the columns shown now (a column shown later reloads the rows). */
    private InboxRow row(Lead lead) {
        String[] cells = new String[columns.size()];
        for (int index = 0; index < cells.length; index++) {
            if (isShown(columnKeys.get(index))) {
                cells[index] = texts.get(index).apply(lead);
            }
        }
        String partName = switch (lead.followUp()) {
            case OVERDUE -> "lead-overdue";
            case DUE_SOON -> "lead-due-soon";
            default -> lead.testLead() ? "lead-test" : null;
        };
        return new InboxRow(lead.id(), partName, columnKeys, cells);
    }

    /**
     * Adds the grid's column {@code key} in its place of the display order. A column is created
     * when it is first shown, not up front: each keeps a header, a renderer and a tooltip in the
     * session's state tree (issue 20).
     */
    private void addColumn(String key) {
        int cell = columnKeys.indexOf(key);
        ExportColumn<Lead> column = columns.get(cell);
        // Fixed widths: a column sized to its longest value made the grid several screens wide. In
        // rem: the grid sets the width on every cell, and an em of the header's smaller font put
        // each header left of its column.
        Grid.Column<InboxRow> gridColumn = grid.addColumn(row -> cell(row, cell)).setKey(key)
                .setHeader(getTranslation(column.headerKey())).setResizable(true)
                .setWidth(width(column)).setFlexGrow(0).setTooltipGenerator(row -> cell(row, cell));
        gridColumn.setSortable(!"description".equals(key)).setSortProperty(key);
        gridColumn.setFrozen(FROZEN.contains(key));
        if (column.type() == ColumnType.INTEGER) {
            gridColumn.setTextAlign(ColumnTextAlign.END);
        }
        ColumnsMenu.placeInOrder(grid, columnKeys);
    }

    private boolean isShown(String key) {
        Grid.Column<InboxRow> column = grid.getColumnByKey(key);
        return column != null && column.isVisible();
    }

    private static List<ExportColumn<Lead>> displayOrder() {
        List<ExportColumn<Lead>> ordered = new ArrayList<>(LeadColumns.MODEL.select(DISPLAY_ORDER));
        for (ExportColumn<Lead> column : LeadColumns.MODEL.all()) {
            if (!ordered.contains(column)) {
                ordered.add(column);
            }
        }
        return ordered;
    }

    private static String width(ExportColumn<Lead> column) {
        return switch (column.key()) {
            case "firstName", "lastName" -> "8rem";
            case "company" -> "11rem";
            case "email", "offer", "description" -> "14rem";
            case "status", "score", "repeatCount", "id", "doNotContact", "testLead" -> "8rem";
            case "followUpDueAt" -> "17rem";
            case "receivedAt", "lastReceivedAt" -> "11rem";
            default -> "10rem";
        };
    }

    /** How a column's value reads on screen; the exports write the same value, typed. */
    private Function<Lead, String> display(ExportColumn<Lead> column) {
        return switch (column.key()) {
            case "status" -> l -> getTranslation("lead.status." + l.status().name());
            case "action" -> l -> getTranslation("lead.action." + l.action().name());
            case "followUpDueAt" -> l -> l.followUp() == FollowUp.NONE ? ""
                    : getTranslation("lead.follow-up." + l.followUp().name()) + " · " + Formats.dateTime(l.followUpDueAt());
            case "country" -> l -> Countries.name(l.country(), getLocale());
            case "doNotContact", "testLead" -> l -> Boolean.TRUE.equals(column.valueOf(l)) ? getTranslation("lead.yes") : "";
            default -> l -> {
                Object value = column.valueOf(l);
                if (value instanceof Instant instant) {
                    return Formats.dateTime(instant);
                }
                if (value instanceof Number number) {
                    return Formats.number(number.longValue());
                }
                return value == null ? "" : value.toString();
            };
        };
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        Page page = attachEvent.getUI().getPage();
        page.retrieveExtendedClientDetails(details -> fitTo(details.getWindowInnerWidth()));
        resizeRegistration = page.addBrowserWindowResizeListener(e -> fitTo(e.getWidth()));
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (resizeRegistration != null) {
            resizeRegistration.remove();
        }
        super.onDetach(detachEvent);
    }

    /**
     * Keeps who the lead is in view on a wide screen; on a phone the frozen columns alone would
     * fill the screen, so there the columns scroll together.
     */
    public void fitTo(int windowWidth) {
        boolean narrow = windowWidth > 0 && windowWidth < NARROW_PX;
        for (String key : FROZEN) {
            grid.getColumnByKey(key).setFrozen(!narrow);
        }
    }

    private ColumnsMenu columnsMenu() {
        Map<String, String> headers = new LinkedHashMap<>();
        columns.forEach(column -> headers.put(column.key(), column.headerKey()));
        return new ColumnsMenu("lead", headers, this::isShown, this::showColumn);
    }

    /**
     * Shows or hides a column; the exports follow. A column shown reads the rows again with its
     * text (under the same count); a column hidden needs nothing more.
     */
    private void showColumn(String key, boolean shown) {
        if (shown && grid.getColumnByKey(key) == null) {
            addColumn(key);
        }
        grid.getColumnByKey(key).setVisible(shown);
        if (shown) {
            countReady = true;
            grid.getDataProvider().refreshAll();
        }
        updateExports();
    }

    LeadFilter filter() {
        ZoneId zone = Formats.zone();
        LocalDate from = more == null ? null : more.from.getValue();
        LocalDate to = more == null ? null : more.to.getValue();
        return new LeadFilter(status.getValue() == null ? Set.of() : Set.of(status.getValue()),
                more == null ? null : more.action.getValue(), more == null ? null : more.source.getValue(),
                offer.getValue() == null ? null : offer.getValue().id(), start(from, zone),
                to == null ? null : start(to.plusDays(1), zone),
                assignee.getValue() == null ? null : assignee.getValue().userId(), unassigned.getValue(),
                search.getValue(), followUp.getValue(), true);
    }

    /** The grid's visible columns, in the grid's order. */
    List<String> visibleColumns() {
        List<String> keys = new ArrayList<>();
        for (Grid.Column<InboxRow> column : grid.getColumns()) {
            if (column.isVisible()) {
                keys.add(column.getKey());
            }
        }
        return keys;
    }

    static List<SortKey> sorts(List<GridSortOrder<InboxRow>> orders) {
        return orders.stream().map(o -> new SortKey(o.getSorted().getKey(),
                o.getDirection() == SortDirection.ASCENDING)).toList();
    }

    private static Instant start(LocalDate date, ZoneId zone) {
        return date == null ? null : date.atStartOfDay(zone).toInstant();
    }

    /** The filters changed, or leads did: counts again and reloads the grid's rows. */
    void refresh() {
        LeadFilter filter = filter();
        // The count of the rows the grid shows under the filters, counted by the database.
        counted = new Count(filter, leads.count(accountId, filter));
        countReady = true;
        grid.getDataProvider().refreshAll();
        showSummary();
        filters.setActiveCount(activeFilters());
        updateExports();
    }

    private void showSummary() {
        summary.setText(getTranslation("lead.summary.shown", counted.rows()) + " · "
                + getTranslation("lead.summary", followUps.open(), followUps.dueSoon(), followUps.overdue()));
    }

    /** The grid's count: the one {@link #refresh()} just made for this filter, else the database's. */
    private int countForGrid(LeadFilter filter) {
        boolean ready = countReady && filter.equals(counted.filter());
        countReady = false;
        if (!ready) {
            counted = new Count(filter, leads.count(accountId, filter));
        }
        return counted.rows();
    }

    /** The rows the grid asks for, with the count it holds for these filters (a window near the end is read from there). */
    private RowWindow window(int offset, int limit) {
        LeadFilter filter = filter();
        RowWindow window = RowWindow.of(offset, limit);
        return counted.filter().equals(filter) ? window.counted(counted.rows()) : window;
    }

    /**
     * A lead changed in its dialog (or a change failed because someone else changed it): the
     * follow-up figures are read again. When neither the filters nor the order depend on what a
     * change can alter (status, assignee), the lead keeps its place and its row alone is redrawn
     * from the lead as reloaded, with no query; otherwise the rows and the count are read again.
     */
    void changed(Lead lead) {
        followUps = leads.followUpSummary(accountId);
        if (dependsOnChanges(filter(), sorts(grid.getSortOrder()))) {
            refresh();
        } else {
            rows.refreshItem(row(lead));
            showSummary();
        }
    }

    /** Whether the rows matching {@code filter}, or their order, depend on a lead's status or assignee. */
    static boolean dependsOnChanges(LeadFilter filter, List<SortKey> sorts) {
        return !filter.statuses().isEmpty() || filter.followUp() != null || filter.assignedTo() != null
                || filter.unassignedOnly()
                || sorts.stream().anyMatch(key -> CHANGING.contains(key.property()));
    }

    /** The sortable properties a change in the lead's dialog can alter. */
    private static final Set<String> CHANGING = Set.of("status", "assignedTo");

    private int activeFilters() {
        int count = search.isEmpty() ? 0 : 1;
        for (var field : List.of(status, offer, assignee, followUp)) {
            count += field.isEmpty() ? 0 : 1;
        }
        count += (unassigned.getValue() ? 1 : 0) + (more == null ? 0 : more.active());
        return count;
    }

    /**
     * The download links hold a snapshot of the current filter, sort and columns, renewed on
     * every change, so a download is what the grid shows at the moment of the click.
     */
    private void updateExports() {
        LeadFilter filter = filter();
        List<SortKey> sorts = sorts(grid.getSortOrder());
        List<ExportColumn<Lead>> exported = exportColumns(visibleColumns());
        exports.set("leads-" + LocalDate.now(Formats.zone()),
                ExportOptions.of(Formats.zone(), getTranslation("lead.export.sheet")),
                () -> leads.count(accountId, filter),
                (format, options, out) -> leads.exportAs(accountId, filter, sorts, exported, format, options, out));
    }

    /**
     * The download's columns: the grid's, under its translated headers; statuses, actions,
     * countries and yes/no read as on screen, while dates and numbers stay typed.
     */
    private List<ExportColumn<Lead>> exportColumns(List<String> keys) {
        List<ExportColumn<Lead>> columns = new ArrayList<>();
        for (ExportColumn<Lead> column : LeadColumns.MODEL.select(keys)) {
            String header = getTranslation(column.headerKey());
            Function<Lead, String> text = display(column);
            columns.add(switch (column.key()) {
                case "status", "action", "country", "doNotContact", "testLead" ->
                        new ExportColumn<>(column.key(), header, column.headerKey(), ColumnType.TEXT, column.width(), text);
                default -> new ExportColumn<>(column.key(), header, column.headerKey(), column.type(), column.width(),
                        column.value());
            });
        }
        return columns;
    }
}
