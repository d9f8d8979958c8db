package com.publisherportal.account.ui;

import com.publisherportal.account.AccountService;
import com.publisherportal.account.Member;
import com.publisherportal.account.PublisherAccount;
import com.publisherportal.common.ui.DashboardCard;
import com.publisherportal.common.ui.DashboardContribution;
import com.publisherportal.common.ui.Formats;
import com.publisherportal.security.CurrentUser;
import com.publisherportal.security.PortalUser;
import com.vaadin.flow.component.UI;
import org.springframework.stereotype.Component;

import java.util.List;

/** The dashboard's account and users cards for publishers; the number of publishers for staff. */
@Component
class AccountDashboardCards implements DashboardContribution {

    private final CurrentUser currentUser;
    private final AccountService accounts;

    AccountDashboardCards(CurrentUser currentUser, AccountService accounts) {
        this.currentUser = currentUser;
        this.accounts = accounts;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public List<DashboardCard> cards() {
        PortalUser user = currentUser.require();
        UI ui = UI.getCurrent();
        if (user.isPublisher()) {
            PublisherAccount account = accounts.ownAccount();
            List<Member> members = accounts.members(account.id());
            return List.of(
                    new DashboardCard("dashboard.card.account", account.displayName(),
                            account.legalName() + " · " + account.publisherId()),
                    new DashboardCard("dashboard.card.users", Formats.number(members.stream().filter(Member::enabled).count()),
                            ui.getTranslation("dashboard.card.users.detail", members.size())));
        }
        if (user.isStaff()) {
            return List.of(new DashboardCard("dashboard.card.publishers", Formats.number(accounts.countAccounts(null)),
                    ui.getTranslation("dashboard.card.publishers.detail")));
        }
        return List.of();
    }
}
