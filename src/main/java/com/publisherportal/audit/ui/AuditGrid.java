package com.publisherportal.audit.ui;

import com.publisherportal.common.ui.PortalGrid;
import com.publisherportal.common.ui.FilterPanel;
import com.publisherportal.common.ui.GridExport;
import com.publisherportal.common.export.TableExporter;
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

    private final Grid<AuditEntry> grid = new PortalGrid<>();
    private final TextField actor = new TextField();
    private final ComboBox<String> action = new ComboBox<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final GridExport<AuditEntry> export = new GridExport<>(grid);
    private final Fetch fetch;
    private final FilterPanel filters;

    /** Reads the entries of a filter in an order, one window of rows at a time. */
    @FunctionalInterface
    public interface Fetch {
        List<AuditEntry> find(AuditFilter filter, List<SortKey> sorts, RowWindow window);
    }

    public AuditGrid(Fetch fetch,
                     Function<AuditFilter, Integer> count, List<String> actions, boolean showAccount) {
        this.fetch = fetch;
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
        export.timestamp("occurredAt", getTranslation("audit.when"), AuditEntry::occurredAt).setSortable(true)
                .setAutoWidth(true).setFlexGrow(0);
        export.text("actorEmail", getTranslation("audit.actor"), AuditEntry::actorEmail).setSortable(true);
        if (showAccount) {
            export.text("accountName", getTranslation("audit.account"), AuditEntry::accountName).setSortable(true);
        }
        export.text("action", getTranslation("audit.action"), e -> getTranslation("audit.action." + e.action()))
                .setSortable(true);
        export.text("entityType", getTranslation("audit.entity"), e -> AuditLabels.entity(this, e)).setSortable(true);
        export.text("details", getTranslation("audit.details"), e -> AuditLabels.details(this, e)).setFlexGrow(2);
        grid.setItems(query -> fetch.find(filter(), sorts(query.getSortOrders()),
                        RowWindow.of(query.getOffset(), query.getLimit())).stream(),
                query -> count.apply(filter()));
        grid.sort(GridSortOrder.desc(grid.getColumnByKey("occurredAt")).build());

        actor.addValueChangeListener(e -> filtersChanged());
        action.addValueChangeListener(e -> filtersChanged());
        from.addValueChangeListener(e -> filtersChanged());
        to.addValueChangeListener(e -> filtersChanged());
        // On a phone the four filters fold behind one button, so the entries fill the first screen.
        filters = new FilterPanel(actor, action, from, to);
        filters.setId("audit-filters");
        add(filters, grid);
        Paragraph nothing = new Paragraph(getTranslation("audit.empty"));
        nothing.addClassName("portal-empty-state");
        grid.setEmptyStateComponent(nothing);
    }

    /** What the grid shows when nothing matches: what appears here, and the next thing to do. */
    public void setEmptyState(com.vaadin.flow.component.Component emptyState) {
        grid.setEmptyStateComponent(emptyState);
    }

    /**
     * Adds the CSV and Excel downloads of the entries the grid shows (its filters, its order),
     * read through the grid's own fetch, which checks the caller.
     */
    public AuditGrid withExports(TableExporter exporter, String baseName) {
        addComponentAtIndex(1, export.links());
        export.bindPaged(exporter, baseName, getTranslation("audit.export.sheet"), (sorts, window) -> {
            AuditFilter filter = filter();
            return fetch.find(filter, sorts(sorts), window);
        });
        return this;
    }

    private void filtersChanged() {
        grid.getDataProvider().refreshAll();
        filters.setActiveCount((actor.isEmpty() ? 0 : 1) + (action.isEmpty() ? 0 : 1) + (from.isEmpty() ? 0 : 1)
                + (to.isEmpty() ? 0 : 1));
        export.refresh();
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
