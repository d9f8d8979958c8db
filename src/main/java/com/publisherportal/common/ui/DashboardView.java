package com.publisherportal.common.ui;

import com.publisherportal.account.AccountService;
import com.publisherportal.account.Member;
import com.publisherportal.account.PublisherAccount;
import com.publisherportal.common.PageRequest;
import com.publisherportal.common.audit.AuditEntry;
import com.publisherportal.common.audit.AuditFilter;
import com.publisherportal.common.audit.AuditService;
import com.publisherportal.security.AccountRole;
import com.publisherportal.security.ApiKeyService;
import com.publisherportal.security.CurrentUser;
import com.publisherportal.security.PortalUser;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

import java.util.List;

/** The landing page: what matters now for a publisher, or for staff. */
@Route(value = "", layout = MainLayout.class)
@Menu(title = "nav.dashboard", order = 0, icon = "vaadin:dashboard")
@PermitAll
public class DashboardView extends VerticalLayout {

    public DashboardView(CurrentUser currentUser, AccountService accounts, AuditService audit, ApiKeyService apiKeys) {
        addClassName("portal-page");
        setId("dashboard");
        PortalUser user = currentUser.require();
        add(new H2(getTranslation("dashboard.welcome", user.displayName())));
        Paragraph intro = new Paragraph();
        Div cards = new Div();
        cards.addClassName("portal-cards");
        add(intro, cards);
        if (user.isPublisher()) {
            PublisherAccount account = accounts.ownAccount();
            List<Member> members = accounts.members(account.id());
            intro.setText(getTranslation("dashboard.publisher.intro", account.displayName(),
                    getTranslation("role." + user.accountRole().name())));
            cards.add(card("dashboard.card.account", account.displayName(), account.legalName() + " · " + account.publisherId()));
            cards.add(card("dashboard.card.users", Formats.number(members.stream().filter(Member::enabled).count()),
                    getTranslation("dashboard.card.users.detail", members.size())));
            if (user.accountRole() == AccountRole.OWNER || user.accountRole() == AccountRole.MANAGER) {
                long active = apiKeys.list(account.id()).stream().filter(k -> k.active()).count();
                cards.add(card("dashboard.card.api-keys", Formats.number(active), getTranslation("dashboard.card.api-keys.detail")));
                add(recentActivity(audit.findForAccount(account.id(), AuditFilter.none(), PageRequest.of(0, 8))));
            }
        } else if (user.isStaff()) {
            int count = accounts.countAccounts(null);
            intro.setText(getTranslation("dashboard.staff.intro"));
            cards.add(card("dashboard.card.publishers", Formats.number(count), getTranslation("dashboard.card.publishers.detail")));
            add(recentActivity(audit.findAll(AuditFilter.none(), PageRequest.of(0, 8))));
        }
    }

    private Component card(String titleKey, String value, String detail) {
        Div card = new Div();
        card.addClassName("portal-card");
        Span title = new Span(getTranslation(titleKey));
        title.addClassName("portal-card-title");
        Span big = new Span(value);
        big.addClassName("portal-card-value");
        Span small = new Span(detail);
        small.addClassName("portal-card-detail");
        card.add(title, big, small);
        return card;
    }

    private Component recentActivity(List<AuditEntry> entries) {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        box.add(new H2(getTranslation("dashboard.recent-activity")));
        if (entries.isEmpty()) {
            box.add(new Paragraph(getTranslation("dashboard.no-activity")));
        }
        for (AuditEntry entry : entries) {
            Div line = new Div(new Span(Formats.dateTime(entry.occurredAt())), new Span(entry.actorEmail()),
                    new Span(getTranslation("audit.action." + entry.action())));
            line.addClassName("portal-activity");
            box.add(line);
        }
        return box;
    }
}
