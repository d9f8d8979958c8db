package com.publisherportal.audit.ui;

import com.publisherportal.common.ui.ComponentTexts;
import com.publisherportal.common.RowWindow;
import com.publisherportal.common.SortKey;
import com.publisherportal.audit.AuditEntry;
import com.publisherportal.audit.AuditFilter;
import com.publisherportal.common.ui.Formats;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/**
 * The audit log as a lazily loaded grid with filters; paging and sorting run in SQL.
 * Used for the staff-wide log and for one account's activity.
 */
@org.springframework.modulith.NamedInterface("audit-grid")
public class AuditGrid extends VerticalLayout {

    private final Grid<AuditEntry> grid = new Grid<>();
    private final TextField actor = new TextField();
    private final ComboBox<String> action = new ComboBox<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();

    /** Reads the entries of a filter in an order, one window of rows at a time. */
    @FunctionalInterface
    public interface Fetch {
        List<AuditEntry> find(AuditFilter filter, List<SortKey> sorts, RowWindow window);
    }

    public AuditGrid(Fetch fetch,
                     Function<AuditFilter, Integer> count, List<String> actions, boolean showAccount) {
        setPadding(false);
        setSizeFull();
        actor.setPlaceholder(getTranslation("audit.filter.actor"));
        actor.setValueChangeMode(ValueChangeMode.LAZY);
        actor.setClearButtonVisible(true);
        actor.setId("audit-actor");
        action.setPlaceholder(getTranslation("audit.filter.action"));
        action.setItems(actions);
        action.setItemLabelGenerator(a -> getTranslation("audit.action." + a));
        action.setClearButtonVisible(true);
        from.setPlaceholder(getTranslation("audit.filter.from"));
        to.setPlaceholder(getTranslation("audit.filter.to"));
        ComponentTexts.localise(from);
        ComponentTexts.localise(to);

        grid.setId("audit-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(e -> Formats.dateTime(e.occurredAt())).setKey("occurredAt").setSortable(true)
                .setHeader(getTranslation("audit.when")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditEntry::actorEmail).setKey("actorEmail").setSortable(true).setHeader(getTranslation("audit.actor"));
        if (showAccount) {
            grid.addColumn(AuditEntry::accountName).setKey("accountName").setSortable(true).setHeader(getTranslation("audit.account"));
        }
        grid.addColumn(e -> getTranslation("audit.action." + e.action())).setKey("action").setSortable(true)
                .setHeader(getTranslation("audit.action"));
        grid.addColumn(e -> e.entityType() + (e.entityId() == null ? "" : " #" + e.entityId())).setKey("entityType")
                .setSortable(true).setHeader(getTranslation("audit.entity"));
        grid.addColumn(AuditEntry::details).setHeader(getTranslation("audit.details")).setFlexGrow(2);
        grid.setItems(query -> fetch.find(filter(), sorts(query.getSortOrders()),
                        RowWindow.of(query.getOffset(), query.getLimit())).stream(),
                query -> count.apply(filter()));
        grid.sort(GridSortOrder.desc(grid.getColumnByKey("occurredAt")).build());

        actor.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        action.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        from.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        to.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        HorizontalLayout filters = new HorizontalLayout(actor, action, from, to);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        add(filters, grid);
        Paragraph nothing = new Paragraph(getTranslation("audit.empty"));
        nothing.addClassName("portal-empty-state");
        grid.setEmptyStateComponent(nothing);
    }

    /** What the grid shows when nothing matches: what appears here, and the next thing to do. */
    public void setEmptyState(com.vaadin.flow.component.Component emptyState) {
        grid.setEmptyStateComponent(emptyState);
    }

    private AuditFilter filter() {
        return new AuditFilter(null, actor.getValue(), action.getValue(), null, start(from.getValue()),
                to.getValue() == null ? null : start(to.getValue().plusDays(1)));
    }

    private static Instant start(LocalDate date) {
        return date == null ? null : date.atStartOfDay(Formats.zone()).toInstant();
    }

    static List<SortKey> sorts(List<QuerySortOrder> orders) {
        return orders.stream().map(o -> new SortKey(o.getSorted(), o.getDirection() == SortDirection.ASCENDING)).toList();
    }
}
