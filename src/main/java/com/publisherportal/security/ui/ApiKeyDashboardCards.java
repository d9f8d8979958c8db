package com.publisherportal.security.ui;

import com.publisherportal.common.ui.DashboardCard;
import com.publisherportal.common.ui.DashboardContribution;
import com.publisherportal.common.ui.Formats;
import com.publisherportal.security.AccountRole;
import com.publisherportal.security.ApiKeyStatus;
import com.publisherportal.security.ApiKeyService;
import com.publisherportal.security.CurrentUser;
import com.publisherportal.security.PortalUser;
import com.vaadin.flow.component.UI;
import org.springframework.stereotype.Component;

import java.util.List;

/** The dashboard's active API keys card, for owners and managers (who manage keys). */
@Component
class ApiKeyDashboardCards implements DashboardContribution {

    private final CurrentUser currentUser;
    private final ApiKeyService apiKeys;

    ApiKeyDashboardCards(CurrentUser currentUser, ApiKeyService apiKeys) {
        this.currentUser = currentUser;
        this.apiKeys = apiKeys;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public List<DashboardCard> cards() {
        PortalUser user = currentUser.require();
        if (!user.isPublisher() || (user.accountRole() != AccountRole.OWNER && user.accountRole() != AccountRole.MANAGER)) {
            return List.of();
        }
        // Keys that work now, if only in part: not revoked, and their creator still an active member.
        long active = apiKeys.statuses(user.accountId()).stream()
                .filter(k -> k.state() == ApiKeyStatus.State.ACTIVE || k.state() == ApiKeyStatus.State.PARTLY_SUSPENDED)
                .count();
        return List.of(new DashboardCard("dashboard.card.api-keys", Formats.number(active),
                UI.getCurrent().getTranslation("dashboard.card.api-keys.detail")));
    }
}
