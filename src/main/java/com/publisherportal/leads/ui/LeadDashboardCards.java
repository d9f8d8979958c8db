package com.publisherportal.leads.ui;

import com.publisherportal.common.ui.DashboardCard;
import com.publisherportal.common.ui.DashboardContribution;
import com.publisherportal.common.ui.Formats;
import com.publisherportal.leads.FollowUpSummary;
import com.publisherportal.leads.LeadService;
import com.publisherportal.security.AccountRole;
import com.publisherportal.security.CurrentUser;
import com.publisherportal.security.PortalUser;
import com.vaadin.flow.component.UI;
import org.springframework.stereotype.Component;

import java.util.List;

/** The dashboard's open-leads card, for owners and managers (who work the inbox). */
@Component
class LeadDashboardCards implements DashboardContribution {

    private final CurrentUser currentUser;
    private final LeadService leads;

    LeadDashboardCards(CurrentUser currentUser, LeadService leads) {
        this.currentUser = currentUser;
        this.leads = leads;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public List<DashboardCard> cards() {
        PortalUser user = currentUser.require();
        if (!user.isPublisher() || (user.accountRole() != AccountRole.OWNER && user.accountRole() != AccountRole.MANAGER)) {
            return List.of();
        }
        FollowUpSummary followUp = leads.followUpSummary(user.accountId());
        return List.of(new DashboardCard("dashboard.card.leads", Formats.number(followUp.open()),
                UI.getCurrent().getTranslation("dashboard.card.leads.detail", followUp.dueSoon(), followUp.overdue())));
    }
}
