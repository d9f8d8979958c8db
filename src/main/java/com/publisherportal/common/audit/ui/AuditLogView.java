package com.publisherportal.common.audit.ui;

import com.publisherportal.common.audit.AuditService;
import com.publisherportal.common.ui.MainLayout;
import com.publisherportal.security.Roles;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** Staff: the whole portal's audit log. */
@Route(value = "staff/audit", layout = MainLayout.class)
@Menu(title = "nav.audit", order = MainLayout.STAFF_SECTION + 90, icon = "vaadin:records")
@RolesAllowed(Roles.STAFF)
public class AuditLogView extends VerticalLayout {

    public AuditLogView(AuditService audit) {
        addClassName("portal-page");
        setSizeFull();
        add(new AuditGrid(audit::findAll, audit::countAll, audit.actions(), true));
    }
}
