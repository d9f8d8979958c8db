package com.publisherportal.account.ui;

import com.publisherportal.common.ui.PortalGrid;
import java.util.List;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.publisherportal.common.ui.GridExport;
import com.publisherportal.common.export.TableExporter;
import com.publisherportal.common.ui.MenuSections;

import com.publisherportal.account.AccountService;
import com.publisherportal.account.AccountSummary;
import com.publisherportal.account.Countries;
import com.publisherportal.common.RowWindow;
import com.publisherportal.common.SortKey;
import com.publisherportal.common.ui.Formats;
import com.publisherportal.security.Roles;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** Staff: every publisher account with its status; paging, sorting and search in SQL. */
@Route("staff/accounts")
@Menu(title = "nav.publishers", order = MenuSections.STAFF + 10, icon = "vaadin:building")
@RolesAllowed(Roles.STAFF)
public class PublisherAccountsView extends VerticalLayout {

    public PublisherAccountsView(AccountService accounts, TableExporter exporter) {
        addClassName("portal-page");
        setSizeFull();
        TextField search = new TextField();
        search.setPlaceholder(getTranslation("publishers.search"));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setId("publisher-search");

        Grid<AccountSummary> grid = new PortalGrid<>();
        grid.setId("publishers-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        GridExport<AccountSummary> export = new GridExport<>(grid);
        export.text("displayName", getTranslation("publishers.name"), AccountSummary::displayName).setSortable(true);
        export.text("legalName", getTranslation("publishers.legal-name"), AccountSummary::legalName).setSortable(true);
        export.text("publisherId", getTranslation("publishers.id"), AccountSummary::publisherId).setSortable(true);
        export.text("country", getTranslation("publishers.country"), a -> Countries.name(a.country(), getLocale()))
                .setSortable(true);
        export.text("status", getTranslation("publishers.status"), a -> getTranslation("account.status." + a.status().name()))
                .setSortable(true);
        export.integer("users", getTranslation("publishers.users"), AccountSummary::users);
        export.date("createdAt", getTranslation("publishers.since"), AccountSummary::createdAt).setSortable(true);
        grid.setItems(query -> accounts.listAccounts(search.getValue(),
                        query.getSortOrders().stream().map(o -> new SortKey(o.getSorted(),
                                o.getDirection() == SortDirection.ASCENDING)).toList(),
                        RowWindow.of(query.getOffset(), query.getLimit())).stream(),
                query -> accounts.countAccounts(search.getValue()));
        search.addValueChangeListener(e -> {
            grid.getDataProvider().refreshAll();
            export.refresh();
        });
        export.bindPaged(exporter, "publishers", getTranslation("publishers.export.sheet"),
                (sorts, window) -> accounts.listAccounts(search.getValue(), sortKeys(sorts), window));
        HorizontalLayout bar = new HorizontalLayout(search, export.links());
        bar.setWrap(true);
        bar.setDefaultVerticalComponentAlignment(Alignment.CENTER);
        add(bar, grid);
    }

    private static List<SortKey> sortKeys(List<QuerySortOrder> sorts) {
        return sorts.stream().map(o -> new SortKey(o.getSorted(), o.getDirection() == SortDirection.ASCENDING)).toList();
    }
}
