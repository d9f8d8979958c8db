package com.publisherportal.account.ui;

import com.publisherportal.audit.AuditService;
import com.publisherportal.audit.ui.AuditGrid;
import com.publisherportal.security.CurrentUser;
import com.publisherportal.security.Roles;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** Owners and managers: who did what in their account. */
@Route("account/activity")
@Menu(title = "nav.activity", order = 90, icon = "vaadin:records")
@RolesAllowed({Roles.OWNER, Roles.MANAGER})
public class AccountActivityView extends VerticalLayout {

    public AccountActivityView(AuditService audit, CurrentUser currentUser) {
        addClassName("portal-page");
        setSizeFull();
        long accountId = currentUser.require().accountId();
        AuditGrid grid = new AuditGrid((filter, sorts, window) -> audit.findForAccount(accountId, filter, sorts, window),
                filter -> audit.countForAccount(accountId, filter), audit.actionsForAccount(accountId), false);
        // Nothing yet (or nothing that matches): what will appear, and where activity starts.
        com.vaadin.flow.component.html.Paragraph what =
                new com.vaadin.flow.component.html.Paragraph(getTranslation("activity.empty"));
        com.vaadin.flow.component.html.Anchor offers =
                new com.vaadin.flow.component.html.Anchor("offers", getTranslation("activity.empty.offers"));
        com.vaadin.flow.component.html.Anchor users =
                new com.vaadin.flow.component.html.Anchor("account/users", getTranslation("activity.empty.users"));
        com.vaadin.flow.component.html.Div empty = new com.vaadin.flow.component.html.Div(what,
                new com.vaadin.flow.component.orderedlayout.HorizontalLayout(offers, users));
        empty.addClassName("portal-empty-state");
        empty.setId("activity-empty");
        grid.setEmptyState(empty);
        add(grid);
    }
}
