package com.publisherportal.account.ui;

import com.publisherportal.audit.AuditService;
import com.publisherportal.audit.ui.AuditGrid;
import com.publisherportal.common.export.TableExporter;
import com.publisherportal.security.CurrentUser;
import com.publisherportal.security.Roles;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** Owners and managers: who did what in their account. */
@Route("account/activity")
@Menu(title = "nav.activity", order = 90, icon = "vaadin:records")
@RolesAllowed({Roles.OWNER, Roles.MANAGER})
public class AccountActivityView extends VerticalLayout {

    public AccountActivityView(AuditService audit, CurrentUser currentUser, TableExporter exporter) {
        addClassName("portal-page");
        setSizeFull();
        long accountId = currentUser.require().accountId();
        AuditGrid grid = new AuditGrid((filter, sorts, window) -> audit.findForAccount(accountId, filter, sorts, window),
                filter -> audit.countForAccount(accountId, filter), audit.actionsForAccount(accountId), false)
                .withExports(exporter, "activity");
        // Nothing yet (or nothing that matches): what will appear, and where activity starts.
        Paragraph what = new Paragraph(getTranslation("activity.empty"));
        Anchor offers = new Anchor("offers", getTranslation("activity.empty.offers"));
        Anchor users = new Anchor("account/users", getTranslation("activity.empty.users"));
        Div empty = new Div(what, new HorizontalLayout(offers, users));
        empty.addClassName("portal-empty-state");
        empty.setId("activity-empty");
        grid.setEmptyState(empty);
        add(grid);
    }
}
