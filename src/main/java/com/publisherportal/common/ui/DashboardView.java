package com.publisherportal.common.ui;

import com.publisherportal.account.AccountService;
import com.publisherportal.account.Member;
import com.publisherportal.account.PublisherAccount;
import com.publisherportal.common.PageRequest;
import com.publisherportal.common.audit.AuditEntry;
import com.publisherportal.common.audit.AuditFilter;
import com.publisherportal.common.audit.AuditService;
import com.publisherportal.campaigns.GoToMarketService;
import com.publisherportal.campaigns.LaunchItem;
import com.publisherportal.leads.FollowUpSummary;
import com.publisherportal.leads.LeadService;
import com.publisherportal.onboarding.ClockStatus;
import com.publisherportal.onboarding.Offer;
import com.publisherportal.onboarding.OfferService;
import com.publisherportal.onboarding.OfferStatus;
import com.publisherportal.onboarding.QueueFilter;
import com.publisherportal.onboarding.ReviewService;
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
import java.util.Map;

/** The landing page: what matters now for a publisher, or for staff. */
@Route(value = "", layout = MainLayout.class)
@Menu(title = "nav.dashboard", order = 0, icon = "vaadin:dashboard")
@PermitAll
public class DashboardView extends VerticalLayout {

    public DashboardView(CurrentUser currentUser, AccountService accounts, AuditService audit, ApiKeyService apiKeys,
                         OfferService offers, LeadService leads, GoToMarketService goToMarket,
                         ReviewService reviews) {
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
            List<Offer> all = offers.offers(account.id());
            cards.add(card("dashboard.card.offers", Formats.number(all.stream().filter(o -> o.status() == OfferStatus.LIVE).count()),
                    getTranslation("dashboard.card.offers.detail", all.size(),
                            all.stream().filter(o -> o.status() == OfferStatus.ATTENTION_NEEDED).count())));
            if (user.accountRole() == AccountRole.OWNER || user.accountRole() == AccountRole.MANAGER) {
                FollowUpSummary followUp = leads.followUpSummary(account.id());
                cards.add(card("dashboard.card.leads", Formats.number(followUp.open()),
                        getTranslation("dashboard.card.leads.detail", followUp.dueSoon(), followUp.overdue())));
            }
            if (user.accountRole() != AccountRole.FINANCIAL && user.accountRole() != AccountRole.DEVELOPER) {
                Map<Long, Integer> launch = goToMarket.launchProgress(account.id());
                long live = all.stream().filter(o -> o.status() == OfferStatus.LIVE).count();
                long launched = all.stream().filter(o -> o.status() == OfferStatus.LIVE
                        && launch.getOrDefault(o.id(), 0) == LaunchItem.values().length).count();
                cards.add(card("dashboard.card.launch", launched + " / " + live, getTranslation("dashboard.card.launch.detail")));
            }
            if (user.accountRole() == AccountRole.OWNER || user.accountRole() == AccountRole.MANAGER) {
                long active = apiKeys.list(account.id()).stream().filter(k -> k.active()).count();
                cards.add(card("dashboard.card.api-keys", Formats.number(active), getTranslation("dashboard.card.api-keys.detail")));
                add(recentActivity(audit.findForAccount(account.id(), AuditFilter.none(), PageRequest.of(0, 8))));
            }
        } else if (user.isStaff()) {
            int count = accounts.countAccounts(null);
            intro.setText(getTranslation("dashboard.staff.intro"));
            cards.add(card("dashboard.card.publishers", Formats.number(count), getTranslation("dashboard.card.publishers.detail")));
            cards.add(card("dashboard.card.queue", Formats.number(reviews.count(QueueFilter.all())),
                    getTranslation("dashboard.card.queue.detail",
                            reviews.count(new QueueFilter(null, null, null, ClockStatus.OVERDUE)))));
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
