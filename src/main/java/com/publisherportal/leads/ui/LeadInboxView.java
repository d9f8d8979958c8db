package com.publisherportal.leads.ui;

import com.publisherportal.common.ui.ComponentTexts;
import com.publisherportal.account.Member;
import com.publisherportal.common.RowWindow;
import com.publisherportal.common.SortKey;
import com.publisherportal.common.export.ColumnType;
import com.publisherportal.common.export.ExportColumn;
import com.publisherportal.common.export.ExportOptions;
import com.publisherportal.common.ui.ExportLinks;
import com.publisherportal.common.ui.Formats;
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
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
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
import java.time.LocalDate;
import java.time.ZoneId;
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
    private final Grid<Lead> grid = new Grid<>();
    private final Span summary = new Span();
    private final TextField search = new TextField();
    private final ComboBox<LeadStatus> status = new ComboBox<>();
    private final ComboBox<LeadAction> action = new ComboBox<>();
    private final ComboBox<String> source = new ComboBox<>();
    private final ComboBox<Offer> offer = new ComboBox<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final ComboBox<Member> assignee = new ComboBox<>();
    private final Checkbox unassigned = new Checkbox();
    private final ComboBox<FollowUp> followUp = new ComboBox<>();
    private final ExportLinks exports = new ExportLinks();

    public LeadInboxView(LeadService leads, OfferService offers, CurrentUser currentUser) {
        this.leads = leads;
        this.accountId = currentUser.require().accountId();
        addClassName("portal-page");
        setSizeFull();

        summary.setId("lead-summary");
        summary.addClassName("lead-summary");
        configureFilters(offers.offers(accountId));
        configureGrid();

        HorizontalLayout filters = new HorizontalLayout(search, status, action, source, offer, from, to, assignee,
                unassigned, followUp);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        HorizontalLayout tools = new HorizontalLayout(summary, columnsMenu(), exports);
        tools.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        tools.setWidthFull();
        summary.getStyle().set("flex", "1");
        add(tools, filters, grid);
        refresh();
    }

    private void configureFilters(List<Offer> accountOffers) {
        search.setPlaceholder(getTranslation("lead.filter.search"));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setId("lead-search");
        status.setPlaceholder(getTranslation("lead.filter.status"));
        status.setItems(LeadStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("lead.status." + s.name()));
        status.setId("lead-filter-status");
        action.setPlaceholder(getTranslation("lead.filter.action"));
        action.setItems(LeadAction.values());
        action.setItemLabelGenerator(a -> getTranslation("lead.action." + a.name()));
        action.setId("lead-filter-action");
        source.setPlaceholder(getTranslation("lead.filter.source"));
        source.setItems(leads.sources(accountId));
        source.setId("lead-filter-source");
        offer.setPlaceholder(getTranslation("lead.filter.offer"));
        offer.setItems(accountOffers);
        offer.setItemLabelGenerator(Offer::name);
        offer.setId("lead-filter-offer");
        from.setPlaceholder(getTranslation("lead.filter.from"));
        from.setId("lead-filter-from");
        to.setPlaceholder(getTranslation("lead.filter.to"));
        to.setId("lead-filter-to");
        ComponentTexts.localise(from);
        ComponentTexts.localise(to);
        assignee.setPlaceholder(getTranslation("lead.filter.assignee"));
        assignee.setItems(leads.assignees(accountId));
        assignee.setItemLabelGenerator(Member::displayName);
        assignee.setId("lead-filter-assignee");
        unassigned.setLabel(getTranslation("lead.filter.unassigned"));
        unassigned.setId("lead-filter-unassigned");
        followUp.setPlaceholder(getTranslation("lead.filter.follow-up"));
        followUp.setItems(FollowUp.DUE_SOON, FollowUp.OVERDUE, FollowUp.ON_TIME);
        followUp.setItemLabelGenerator(f -> getTranslation("lead.follow-up." + f.name()));
        followUp.setId("lead-filter-follow-up");
        for (var field : List.of(status, action, source, offer, assignee, followUp)) {
            field.setClearButtonVisible(true);
        }
        search.addValueChangeListener(e -> refresh());
        status.addValueChangeListener(e -> refresh());
        action.addValueChangeListener(e -> refresh());
        source.addValueChangeListener(e -> refresh());
        offer.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        assignee.addValueChangeListener(e -> refresh());
        unassigned.addValueChangeListener(e -> {
            assignee.setEnabled(!e.getValue());
            refresh();
        });
        followUp.addValueChangeListener(e -> refresh());
    }

    private void configureGrid() {
        grid.setId("lead-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setMultiSort(true, Grid.MultiSortPriority.APPEND);
        for (ExportColumn<Lead> column : LeadColumns.MODEL.all()) {
            Grid.Column<Lead> gridColumn = grid.addColumn(display(column)::apply).setKey(column.key())
                    .setHeader(getTranslation(column.headerKey())).setAutoWidth(true).setResizable(true);
            gridColumn.setSortable(!"description".equals(column.key())).setSortProperty(column.key());
            gridColumn.setVisible(LeadColumns.DEFAULT_VISIBLE.contains(column.key()));
            if (column.type() == ColumnType.INTEGER) {
                gridColumn.setAutoWidth(false).setWidth("7em").setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
            }
        }
        grid.setPartNameGenerator(lead -> switch (lead.followUp()) {
            case OVERDUE -> "lead-overdue";
            case DUE_SOON -> "lead-due-soon";
            default -> lead.testLead() ? "lead-test" : null;
        });
        grid.setItems(query -> leads.find(accountId, filter(), sorts(grid.getSortOrder()),
                        RowWindow.of(query.getOffset(), query.getLimit())).stream(),
                query -> leads.count(accountId, filter()));
        grid.sort(GridSortOrder.desc(grid.getColumnByKey("receivedAt")).build());
        grid.addSortListener(e -> updateExports());
        grid.addItemClickListener(e -> new LeadDetailDialog(leads, accountId, e.getItem().id(), this::refresh).open());
    }

    /** How a column's value reads on screen; the exports write the same value, typed. */
    private Function<Lead, String> display(ExportColumn<Lead> column) {
        return switch (column.key()) {
            case "status" -> l -> getTranslation("lead.status." + l.status().name());
            case "action" -> l -> getTranslation("lead.action." + l.action().name());
            case "followUpDueAt" -> l -> l.followUp() == FollowUp.NONE ? ""
                    : getTranslation("lead.follow-up." + l.followUp().name()) + " · " + Formats.dateTime(l.followUpDueAt());
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

    private MenuBar columnsMenu() {
        MenuBar menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY);
        menu.setId("lead-columns");
        SubMenu sub = menu.addItem(getTranslation("lead.columns")).getSubMenu();
        for (ExportColumn<Lead> column : LeadColumns.MODEL.all()) {
            MenuItem item = sub.addItem(getTranslation(column.headerKey()));
            item.setCheckable(true);
            item.setChecked(grid.getColumnByKey(column.key()).isVisible());
            item.setKeepOpen(true);
            item.setId("lead-column-" + column.key());
            item.addClickListener(e -> {
                grid.getColumnByKey(column.key()).setVisible(item.isChecked());
                updateExports();
            });
        }
        return menu;
    }

    LeadFilter filter() {
        ZoneId zone = Formats.zone();
        return new LeadFilter(status.getValue() == null ? Set.of() : Set.of(status.getValue()), action.getValue(),
                source.getValue(), offer.getValue() == null ? null : offer.getValue().id(), start(from.getValue(), zone),
                to.getValue() == null ? null : start(to.getValue().plusDays(1), zone),
                assignee.getValue() == null ? null : assignee.getValue().userId(), unassigned.getValue(),
                search.getValue(), followUp.getValue(), true);
    }

    /** The grid's visible columns, in the grid's order. */
    List<String> visibleColumns() {
        List<String> keys = new ArrayList<>();
        for (Grid.Column<Lead> column : grid.getColumns()) {
            if (column.isVisible()) {
                keys.add(column.getKey());
            }
        }
        return keys;
    }

    static List<SortKey> sorts(List<GridSortOrder<Lead>> orders) {
        return orders.stream().map(o -> new SortKey(o.getSorted().getKey(),
                o.getDirection() == SortDirection.ASCENDING)).toList();
    }

    private static Instant start(LocalDate date, ZoneId zone) {
        return date == null ? null : date.atStartOfDay(zone).toInstant();
    }

    void refresh() {
        grid.getDataProvider().refreshAll();
        FollowUpSummary counts = leads.followUpSummary(accountId);
        summary.setText(getTranslation("lead.summary", counts.open(), counts.dueSoon(), counts.overdue()));
        updateExports();
    }

    /**
     * The download links hold a snapshot of the current filter, sort and columns, renewed on
     * every change, so a download is what the grid shows at the moment of the click.
     */
    private void updateExports() {
        LeadFilter filter = filter();
        List<SortKey> sorts = sorts(grid.getSortOrder());
        List<String> columns = visibleColumns();
        exports.set("leads-" + LocalDate.now(Formats.zone()),
                ExportOptions.of(Formats.zone(), getTranslation("lead.export.sheet")),
                () -> leads.count(accountId, filter),
                (format, options, out) -> leads.export(accountId, filter, sorts, columns, format, options, out));
    }
}
