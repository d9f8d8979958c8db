package com.publisherportal.demo;

import com.publisherportal.campaigns.GoToMarketRepository;
import com.publisherportal.campaigns.LaunchItem;
import com.publisherportal.campaigns.TrackingRepository;
import com.publisherportal.account.AppUserRepository;
import com.publisherportal.onboarding.Offer;
import com.publisherportal.onboarding.OfferRepository;
import org.springframework.boot.ApplicationArguments;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;

/**
 * Demo go-to-market: storefront visits and calls to action over six months on three campaigns,
 * and launch checklists part or fully done, so the campaigns page has something to show.
 */
@Component
@Order(45)
public class CampaignDemoData implements DemoStep {

    private record Campaign(String src, String id, double weight, double ctaRate) {
    }

    private static final List<Campaign> CAMPAIGNS = List.of(
            new Campaign("website", "blogpost_12", 0.5, 0.06),
            new Campaign("linkedin", "spring_26", 0.3, 0.04),
            new Campaign("email", "newsletter", 0.2, 0.09));

    private final OfferRepository offers;
    private final TrackingRepository tracking;
    private final GoToMarketRepository goToMarket;
    private final AppUserRepository users;
    private final Clock clock;

    CampaignDemoData(OfferRepository offers, TrackingRepository tracking, GoToMarketRepository goToMarket,
                     AppUserRepository users, Clock clock) {
        this.offers = offers;
        this.tracking = tracking;
        this.goToMarket = goToMarket;
        this.users = users;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        var analytics = offers.findByPublisherIdAndOfferId("contoso", "contoso-analytics");
        if (analytics.isEmpty() || !goToMarket.launchTicks(analytics.get().id()).isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        long mia = users.findByEmail("marketer@contoso.example").orElseThrow().id();
        long fiona = users.findByEmail("owner@fabrikam.example").orElseThrow().id();
        for (LaunchItem item : List.of(LaunchItem.ANNOUNCED, LaunchItem.PROMOTED_ON_SITE, LaunchItem.LEAD_SHARING_ENABLED)) {
            goToMarket.tick(analytics.get().id(), item, mia, now.minus(Duration.ofDays(40)).atZone(ZoneOffset.UTC).toLocalDate(), now);
        }
        offers.findByPublisherIdAndOfferId("fabrikam", "fabrikam-backup").ifPresent(backup -> {
            for (LaunchItem item : LaunchItem.values()) {
                goToMarket.tick(backup.id(), item, fiona, now.minus(Duration.ofDays(20)).atZone(ZoneOffset.UTC).toLocalDate(), now);
            }
        });
        Random random = new Random(7);
        visits(analytics.get(), now, random, 12);
        offers.findByPublisherIdAndOfferId("contoso", "contoso-advisory").ifPresent(o -> visits(o, now, random, 4));
        offers.findByPublisherIdAndOfferId("fabrikam", "fabrikam-backup").ifPresent(o -> visits(o, now, random, 6));
    }

    /** About {@code perDay} visits a day for six months, growing over time, each from one campaign or none. */
    private void visits(Offer offer, Instant now, Random random, int perDay) {
        LocalDate today = now.atZone(ZoneOffset.UTC).toLocalDate();
        for (int daysAgo = 180; daysAgo >= 0; daysAgo--) {
            LocalDate day = today.minusDays(daysAgo);
            int count = (int) Math.round(perDay * (0.6 + 0.4 * (180 - daysAgo) / 180.0) * (0.7 + random.nextDouble() * 0.6));
            for (int i = 0; i < count; i++) {
                Instant at = day.atStartOfDay(ZoneOffset.UTC).toInstant().plusSeconds(random.nextInt(86_400));
                if (at.isAfter(now)) {
                    continue;
                }
                double pick = random.nextDouble();
                Campaign campaign = pick < 0.35 ? null : CAMPAIGNS.get(pick < 0.7 ? 0 : pick < 0.88 ? 1 : 2);
                String visitor = Integer.toHexString(random.nextInt()) + Integer.toHexString(random.nextInt());
                String referral = campaign == null ? null : switch (campaign.src()) {
                    case "linkedin" -> "linkedin.com";
                    case "website" -> offer.offerId().startsWith("contoso") ? "contoso.example" : "fabrikam.example";
                    default -> null;
                };
                long visitId = tracking.insertVisit(offer.id(), day, at, campaign == null ? null : campaign.src(),
                        campaign == null ? null : campaign.id(), referral, random.nextBoolean() ? "US" : "FR", visitor);
                double ctaRate = campaign == null ? 0.03 : campaign.ctaRate();
                if (random.nextDouble() < ctaRate) {
                    String action = random.nextDouble() < 0.6 ? "GET_IT_NOW" : "CONTACT_ME";
                    tracking.insertAction(offer.id(), visitId, day, at.plusSeconds(40), action,
                            campaign == null ? null : campaign.src(), campaign == null ? null : campaign.id(), visitor);
                }
            }
        }
    }
}
