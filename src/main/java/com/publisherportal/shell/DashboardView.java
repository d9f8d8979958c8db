package com.publisherportal.shell;

import com.publisherportal.account.AccountService;
import com.publisherportal.account.PublisherAccount;
import com.publisherportal.common.ui.DashboardCard;
import com.publisherportal.common.ui.DashboardContribution;
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

import java.util.Comparator;
import java.util.List;

/**
 * The landing page: what matters now for a publisher, or for staff. The figures come from the
 * feature modules' {@link DashboardContribution}s; this view knows none of them.
 */
@Route("")
@Menu(title = "nav.dashboard", order = 0, icon = "vaadin:dashboard")
@PermitAll
public class DashboardView extends VerticalLayout {

    public DashboardView(CurrentUser currentUser, AccountService accounts, List<DashboardContribution> contributions) {
        addClassName("portal-page");
        setId("dashboard");
        PortalUser user = currentUser.require();
        add(new H2(getTranslation("dashboard.welcome", user.displayName())));
        Paragraph intro = new Paragraph();
        if (user.isPublisher()) {
            PublisherAccount account = accounts.ownAccount();
            intro.setText(getTranslation("dashboard.publisher.intro", account.displayName(),
                    getTranslation("role." + user.accountRole().name())));
        } else if (user.isStaff()) {
            intro.setText(getTranslation("dashboard.staff.intro"));
        }
        Div cards = new Div();
        cards.addClassName("portal-cards");
        add(intro, cards);
        List<DashboardContribution> ordered = contributions.stream()
                .sorted(Comparator.comparingInt(DashboardContribution::order)).toList();
        ordered.forEach(c -> c.cards().forEach(card -> cards.add(card(card))));
        ordered.forEach(c -> c.panel().ifPresent(this::add));
    }

    private Component card(DashboardCard card) {
        Div box = new Div();
        box.addClassName("portal-card");
        Span title = new Span(getTranslation(card.titleKey()));
        title.addClassName("portal-card-title");
        Span big = new Span(card.value());
        big.addClassName("portal-card-value");
        Span small = new Span(card.detail());
        small.addClassName("portal-card-detail");
        box.add(title, big, small);
        return box;
    }
}
