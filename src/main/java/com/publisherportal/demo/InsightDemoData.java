package com.publisherportal.demo;

import com.publisherportal.insights.InsightLoadRepository;
import com.publisherportal.account.PublisherAccountRepository;
import com.publisherportal.onboarding.Offer;
import com.publisherportal.onboarding.OfferRepository;
import com.publisherportal.onboarding.OfferStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Two years of insights for the demo publishers' live offers (Contoso: analytics SaaS and
 * advisory; Fabrikam: backup application), seeded once on an empty database. Kept small so the
 * first start stays fast; {@link InsightVolumeCommand} fills benchmark volumes.
 */
@Component
@Order(50)
public class InsightDemoData implements DemoStep {

    private static final Logger log = LoggerFactory.getLogger(InsightDemoData.class);

    private final PublisherAccountRepository accounts;
    private final OfferRepository offers;
    private final InsightLoadRepository insights;
    private final InsightGenerator generator;
    private final Clock clock;

    InsightDemoData(PublisherAccountRepository accounts, OfferRepository offers, InsightLoadRepository insights,
                    InsightGenerator generator, Clock clock) {
        this.accounts = accounts;
        this.offers = offers;
        this.insights = insights;
        this.generator = generator;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        long started = System.nanoTime();
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        seed("contoso", 40, 20260501L, today);
        seed("fabrikam", 24, 20260502L, today);
        log.debug("Insights demo data in {} ms", (System.nanoTime() - started) / 1_000_000);
    }

    private void seed(String publisherId, int customers, long seed, LocalDate today) {
        accounts.findByPublisherId(publisherId).ifPresent(account -> {
            if (insights.hasData(account.id())) {
                return;
            }
            List<Offer> live = offers.findByAccountIdOrderByNameAsc(account.id()).stream()
                    .filter(o -> o.status() == OfferStatus.LIVE).toList();
            if (live.isEmpty()) {
                return;
            }
            log.info("Seeding insights for {}", publisherId);
            generator.generate(account.id(), live, today, InsightGenerator.Volume.customers(customers), seed);
        });
    }
}
