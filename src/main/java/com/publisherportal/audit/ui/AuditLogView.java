package com.publisherportal.audit.ui;

import com.publisherportal.common.export.TableExporter;
import com.publisherportal.common.ui.MenuSections;

import com.publisherportal.audit.AuditService;
import com.publisherportal.security.Roles;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** Staff: the whole portal's audit log. */
@Route("staff/audit")
@Menu(title = "nav.audit", order = MenuSections.STAFF + 90, icon = "vaadin:records")
@RolesAllowed(Roles.STAFF)
public class AuditLogView extends VerticalLayout {

    public AuditLogView(AuditService audit, TableExporter exporter) {
        addClassName("portal-page");
        setSizeFull();
        add(new AuditGrid(audit::findAll, audit::countAll, audit.actions(), true).withExports(exporter, "audit-log"));
    }
}
