package com.publisherportal.demo;

import com.publisherportal.onboarding.Offer;
import com.publisherportal.onboarding.OfferRepository;
import com.publisherportal.onboarding.OfferStatus;
import com.publisherportal.subscriptions.MarketplaceApi.Action;
import com.publisherportal.subscriptions.SubscriptionDemoHistory;
import com.publisherportal.subscriptions.SubscriptionDemoHistory.Seed;
import com.publisherportal.subscriptions.SubscriptionDemoHistory.Step;
import com.publisherportal.subscriptions.SubscriptionDemoHistory.Usage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * A few customers of Contoso Analytics (the demo's transactable SaaS offer, plans of PlanDemoData)
 * with a past, so that the subscriptions register and the insights built from it are not empty: a
 * purchase whose seats grew, a plan upgrade, a cancellation, a suspension, a purchase of this week
 * and one not confirmed yet; the Enterprise customers report API calls every day. Recorded through
 * the register's own code ({@link SubscriptionDemoHistory}), after the generated insights (which
 * seed only an account without any), so their orders and usage are marked REGISTER, the generator's
 * GENERATED.
 */
@Component
@Order(58)
class SubscriptionDemoData implements DemoStep {

    private static final Logger log = LoggerFactory.getLogger(SubscriptionDemoData.class);
    /** Contoso Analytics' Enterprise meter (PlanDemoData). */
    private static final String DIMENSION = "api-calls";
    private static final String UNIT = "1,000 calls";
    private static final BigDecimal PRICE = new BigDecimal("0.50");

    private final OfferRepository offers;
    private final SubscriptionDemoHistory history;
    private final Clock clock;

    SubscriptionDemoData(OfferRepository offers, SubscriptionDemoHistory history, Clock clock) {
        this.offers = offers;
        this.history = history;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        Offer analytics = offers.findByPublisherIdAndOfferId("contoso", "contoso-analytics")
                .filter(o -> o.status() == OfferStatus.LIVE).orElse(null);
        if (analytics == null || history.hasSubscriptions(analytics.accountId())) {
            return;
        }
        log.info("Seeding SaaS subscriptions for contoso");
        Instant now = clock.instant().truncatedTo(ChronoUnit.HOURS);
        for (Seed seed : seeds(analytics, now)) {
            history.record(seed);
        }
    }

    private static List<Seed> seeds(Offer o, Instant now) {
        long a = o.accountId();
        long offer = o.id();
        String name = o.name();
        return List.of(
                new Seed(a, offer, name, "Northwind Traders – analytics", "enterprise", 25, "it@northwind.example",
                        "data@northwind.example", days(now, 150), days(now, 150),
                        List.of(new Step(Action.ChangeQuantity, null, 40, days(now, 60))),
                        daily(now, 28, 40, 11)),
                new Seed(a, offer, name, "Tailspin Toys", "standard", null, "purchasing@tailspin.example",
                        null, days(now, 120), days(now, 120),
                        List.of(new Step(Action.ChangePlan, "enterprise", null, days(now, 35))),
                        daily(now, 21, 18, 7)),
                new Seed(a, offer, name, "Wide World Importers", "enterprise", 10, "admin@wideworld.example",
                        null, days(now, 95), days(now, 95),
                        List.of(new Step(Action.Unsubscribe, null, null, days(now, 33))), List.of()),
                new Seed(a, offer, name, "Adventure Works BI", "standard", null, "bi@adventure-works.example",
                        null, days(now, 45), days(now, 45),
                        List.of(new Step(Action.Suspend, null, null, days(now, 6))), List.of()),
                new Seed(a, offer, name, "Litware pilot", "enterprise", 5, "cto@litware.example",
                        null, days(now, 3), days(now, 3), List.of(), daily(now, 2, 6, 3)),
                new Seed(a, offer, name, "Woodgrove Bank", "enterprise", 50, "procurement@woodgrove.example",
                        "analytics@woodgrove.example", now.minus(Duration.ofHours(5)), null, List.of(), List.of()));
    }

    private static Instant days(Instant now, int days) {
        return now.minus(Duration.ofDays(days)).truncatedTo(ChronoUnit.DAYS).plus(Duration.ofHours(9));
    }

    /** One event a day for the last {@code days} days (thousands of calls), around {@code base}, varying by {@code step}. */
    private static List<Usage> daily(Instant now, int days, int base, int step) {
        List<Usage> usage = new ArrayList<>();
        for (int d = days; d >= 1; d--) {
            int thousands = base + (d * step) % 17;
            usage.add(new Usage(DIMENSION, UNIT, PRICE, BigDecimal.valueOf(thousands),
                    now.minus(Duration.ofDays(d)).truncatedTo(ChronoUnit.DAYS).plus(Duration.ofHours(14))));
        }
        return usage;
    }
}
