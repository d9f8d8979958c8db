package com.publisherportal.onboarding.ui;

import com.publisherportal.common.ui.DashboardCard;
import com.publisherportal.common.ui.DashboardContribution;
import com.publisherportal.common.ui.Formats;
import com.publisherportal.onboarding.ClockStatus;
import com.publisherportal.onboarding.Offer;
import com.publisherportal.onboarding.OfferService;
import com.publisherportal.onboarding.OfferStatus;
import com.publisherportal.onboarding.QueueFilter;
import com.publisherportal.onboarding.ReviewService;
import com.publisherportal.security.CurrentUser;
import com.publisherportal.security.PortalUser;
import com.vaadin.flow.component.UI;
import org.springframework.stereotype.Component;

import java.util.List;

/** The dashboard's offers card for publishers; the review queue card for staff. */
@Component
class OnboardingDashboardCards implements DashboardContribution {

    private final CurrentUser currentUser;
    private final OfferService offers;
    private final ReviewService reviews;

    OnboardingDashboardCards(CurrentUser currentUser, OfferService offers, ReviewService reviews) {
        this.currentUser = currentUser;
        this.offers = offers;
        this.reviews = reviews;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public List<DashboardCard> cards() {
        PortalUser user = currentUser.require();
        UI ui = UI.getCurrent();
        if (user.isPublisher()) {
            List<Offer> all = offers.offers(user.accountId());
            return List.of(new DashboardCard("dashboard.card.offers",
                    Formats.number(all.stream().filter(o -> o.status() == OfferStatus.LIVE).count()),
                    ui.getTranslation("dashboard.card.offers.detail", all.size(),
                            all.stream().filter(o -> o.status() == OfferStatus.ATTENTION_NEEDED).count())));
        }
        if (user.isStaff()) {
            String perReviewer = reviews.overdueByReviewer().stream()
                    .map(load -> (load.reviewer() == null ? ui.getTranslation("dashboard.card.queue.unclaimed") : load.reviewer())
                            + " " + Formats.number(load.overdue()))
                    .collect(java.util.stream.Collectors.joining(" · "));
            return List.of(new DashboardCard("dashboard.card.queue", Formats.number(reviews.count(QueueFilter.all())),
                    ui.getTranslation("dashboard.card.queue.detail",
                            reviews.count(new QueueFilter(null, null, null, ClockStatus.OVERDUE)))
                            + (perReviewer.isEmpty() ? "" : " — " + perReviewer)));
        }
        return List.of();
    }
}
