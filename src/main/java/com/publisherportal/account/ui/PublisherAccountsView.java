package com.publisherportal.account.ui;

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

    public PublisherAccountsView(AccountService accounts) {
        addClassName("portal-page");
        setSizeFull();
        TextField search = new TextField();
        search.setPlaceholder(getTranslation("publishers.search"));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setId("publisher-search");

        Grid<AccountSummary> grid = new Grid<>();
        grid.setId("publishers-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(AccountSummary::displayName).setKey("displayName").setSortable(true).setHeader(getTranslation("publishers.name"));
        grid.addColumn(AccountSummary::legalName).setKey("legalName").setSortable(true).setHeader(getTranslation("publishers.legal-name"));
        grid.addColumn(AccountSummary::publisherId).setKey("publisherId").setSortable(true).setHeader(getTranslation("publishers.id"));
        grid.addColumn(a -> Countries.name(a.country(), getLocale())).setKey("country").setSortable(true)
                .setHeader(getTranslation("publishers.country"));
        grid.addColumn(a -> getTranslation("account.status." + a.status().name())).setKey("status").setSortable(true)
                .setHeader(getTranslation("publishers.status"));
        grid.addColumn(AccountSummary::users).setHeader(getTranslation("publishers.users"));
        grid.addColumn(a -> Formats.date(a.createdAt())).setKey("createdAt").setSortable(true)
                .setHeader(getTranslation("publishers.since"));
        grid.setItems(query -> accounts.listAccounts(search.getValue(),
                        query.getSortOrders().stream().map(o -> new SortKey(o.getSorted(),
                                o.getDirection() == SortDirection.ASCENDING)).toList(),
                        RowWindow.of(query.getOffset(), query.getLimit())).stream(),
                query -> accounts.countAccounts(search.getValue()));
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        add(search, grid);
    }
}
