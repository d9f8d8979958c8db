package com.publisherportal.shell;

import com.publisherportal.account.AccountService;
import com.publisherportal.account.PublisherAccount;
import com.publisherportal.common.ui.DashboardCard;
import com.publisherportal.common.ui.DashboardContribution;
import com.publisherportal.common.ui.Markup;
import com.publisherportal.security.CurrentUser;
import com.publisherportal.security.PortalUser;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.jsoup.nodes.Element;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

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
        List<DashboardContribution> ordered = contributions.stream()
                .sorted(Comparator.comparingInt(DashboardContribution::order)).toList();
        add(intro, cards(ordered.stream().flatMap(c -> c.cards().stream()).toList(), this::getTranslation));
        ordered.forEach(c -> c.panel().ifPresent(this::add));
    }

    /**
     * The cards as markup held by one component, their texts as text: a card of components (a box
     * and three spans) kept about 2.5 KB in every open dashboard (issue 20, bench/load/README.md).
     */
    static Html cards(List<DashboardCard> cards, Function<String, String> translation) {
        Element root = Markup.root("div").id("dashboard-cards").addClass("portal-cards");
        for (DashboardCard card : cards) {
            Element box = root.appendElement("div").addClass("portal-card");
            box.appendElement("span").addClass("portal-card-title").text(translation.apply(card.titleKey()));
            box.appendElement("span").addClass("portal-card-value").text(card.value());
            box.appendElement("span").addClass("portal-card-detail").text(card.detail());
        }
        return Markup.html(root);
    }
}
