package com.publisherportal.campaigns.ui;

import com.publisherportal.campaigns.GoToMarketService;
import com.publisherportal.campaigns.LaunchItem;
import com.publisherportal.common.ui.DashboardCard;
import com.publisherportal.common.ui.DashboardContribution;
import com.publisherportal.onboarding.Offer;
import com.publisherportal.onboarding.OfferService;
import com.publisherportal.onboarding.OfferStatus;
import com.publisherportal.security.AccountRole;
import com.publisherportal.security.CurrentUser;
import com.publisherportal.security.PortalUser;
import com.vaadin.flow.component.UI;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

/** The dashboard's launch card: live offers whose launch checklist is complete (not for financial users or developers). */
@Component
class LaunchDashboardCards implements DashboardContribution {

    private final CurrentUser currentUser;
    private final OfferService offers;
    private final GoToMarketService goToMarket;

    LaunchDashboardCards(CurrentUser currentUser, OfferService offers, GoToMarketService goToMarket) {
        this.currentUser = currentUser;
        this.offers = offers;
        this.goToMarket = goToMarket;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public List<DashboardCard> cards() {
        PortalUser user = currentUser.require();
        if (!user.isPublisher() || user.accountRole() == AccountRole.FINANCIAL || user.accountRole() == AccountRole.DEVELOPER) {
            return List.of();
        }
        List<Offer> live = offers.offers(user.accountId()).stream().filter(o -> o.status() == OfferStatus.LIVE).toList();
        Map<Long, Integer> launch = goToMarket.launchProgress(user.accountId());
        long launched = live.stream().filter(o -> launch.getOrDefault(o.id(), 0) == LaunchItem.values().length).count();
        return List.of(new DashboardCard("dashboard.card.launch", launched + " / " + live.size(),
                UI.getCurrent().getTranslation("dashboard.card.launch.detail")));
    }
}
