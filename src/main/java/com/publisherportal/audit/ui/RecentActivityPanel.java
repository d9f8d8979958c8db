package com.publisherportal.audit.ui;

import com.publisherportal.audit.AuditEntry;
import com.publisherportal.audit.AuditFilter;
import com.publisherportal.audit.AuditService;
import com.publisherportal.common.RowWindow;
import com.publisherportal.common.ui.DashboardCard;
import com.publisherportal.common.ui.DashboardContribution;
import com.publisherportal.common.ui.Formats;
import com.publisherportal.security.AccountRole;
import com.publisherportal.security.CurrentUser;
import com.publisherportal.security.PortalUser;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import java.util.List;
import java.util.Optional;

/** The dashboard's recent activity: the account's last entries for owners and managers, the whole log's for staff. */
@org.springframework.stereotype.Component
class RecentActivityPanel implements DashboardContribution {

    private static final int ENTRIES = 8;

    private final CurrentUser currentUser;
    private final AuditService audit;

    RecentActivityPanel(CurrentUser currentUser, AuditService audit) {
        this.currentUser = currentUser;
        this.audit = audit;
    }

    @Override
    public int order() {
        return 90;
    }

    @Override
    public List<DashboardCard> cards() {
        return List.of();
    }

    @Override
    public Optional<Component> panel() {
        PortalUser user = currentUser.require();
        if (user.isPublisher() && (user.accountRole() == AccountRole.OWNER || user.accountRole() == AccountRole.MANAGER)) {
            return Optional.of(recentActivity(audit.findForAccount(user.accountId(), AuditFilter.none(), RowWindow.of(0, ENTRIES)),
                    false));
        }
        if (!user.isPublisher() && user.isStaff()) {
            return Optional.of(recentActivity(audit.findAll(AuditFilter.none(), RowWindow.of(0, ENTRIES)), true));
        }
        return Optional.empty();
    }

    private Component recentActivity(List<AuditEntry> entries, boolean showAccount) {
        UI ui = UI.getCurrent();
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        box.add(new H2(ui.getTranslation("dashboard.recent-activity")));
        if (entries.isEmpty()) {
            box.add(new Paragraph(ui.getTranslation("dashboard.no-activity")));
        }
        for (AuditEntry entry : entries) {
            Div line = new Div(new Span(Formats.dateTime(entry.occurredAt())), new Span(entry.actorEmail()),
                    new Span(ui.getTranslation("audit.action." + entry.action())));
            // Which publisher (for staff, who see every account's) and which item the entry concerns.
            if (showAccount && entry.accountName() != null) {
                line.add(new Span(entry.accountName()));
            }
            String item = AuditLabels.entity(ui, entry);
            if (!item.isEmpty()) {
                line.add(new Span(item));
            }
            line.addClassName("portal-activity");
            box.add(line);
        }
        return box;
    }
}
