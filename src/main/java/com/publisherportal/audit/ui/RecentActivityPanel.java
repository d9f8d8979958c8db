package com.publisherportal.audit.ui;

import com.publisherportal.audit.AuditEntry;
import com.publisherportal.audit.AuditFilter;
import com.publisherportal.audit.AuditService;
import com.publisherportal.common.RowWindow;
import com.publisherportal.common.ui.DashboardCard;
import com.publisherportal.common.ui.DashboardContribution;
import com.publisherportal.common.ui.Formats;
import com.publisherportal.common.ui.Markup;
import com.publisherportal.security.AccountRole;
import com.publisherportal.security.CurrentUser;
import com.publisherportal.security.PortalUser;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import org.jsoup.nodes.Element;

import java.util.List;
import java.util.Objects;
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

    /**
     * The entries as markup held by one component, every text of them as text (names and items are
     * publishers' own words): a line of components (a box and up to five spans) kept about 3 KB
     * in every open dashboard (issue 20, bench/load/README.md).
     */
    private Component recentActivity(List<AuditEntry> entries, boolean showAccount) {
        UI ui = UI.getCurrent();
        Element box = Markup.root("div").id("recent-activity").addClass("portal-recent-activity");
        box.appendElement("h2").text(ui.getTranslation("dashboard.recent-activity"));
        if (entries.isEmpty()) {
            box.appendElement("p").text(ui.getTranslation("dashboard.no-activity"));
        }
        for (AuditEntry entry : entries) {
            Element line = box.appendElement("div").addClass("portal-activity");
            line.appendElement("span").text(Formats.dateTime(entry.occurredAt()));
            line.appendElement("span").text(Objects.toString(entry.actorEmail(), ""));
            line.appendElement("span").text(ui.getTranslation("audit.action." + entry.action()));
            // Which publisher (for staff, who see every account's) and which item the entry concerns.
            if (showAccount && entry.accountName() != null) {
                line.appendElement("span").text(entry.accountName());
            }
            String item = AuditLabels.entity(ui, entry);
            if (!item.isEmpty()) {
                line.appendElement("span").text(item);
            }
        }
        return Markup.html(box);
    }
}
