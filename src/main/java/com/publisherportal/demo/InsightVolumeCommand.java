package com.publisherportal.demo;

import com.publisherportal.insights.InsightLoadRepository;
import com.publisherportal.account.PublisherAccountRepository;
import com.publisherportal.onboarding.OfferRepository;
import com.publisherportal.onboarding.OfferStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Fills a publisher's insights up to a number of usage rows, for benchmarks. Runs after the demo
 * data when {@code portal.insights.fill-usage-rows} is set, e.g.
 * <pre>
 * ./mvnw spring-boot:run -Dspring-boot.run.arguments="--portal.data-dir=/tmp/insights-bench
 *     --portal.insights.fill-usage-rows=1000000 --portal.insights.fill-and-exit=true"
 * </pre>
 * ({@code portal.insights.fill-publisher} picks the publisher, Contoso by default). Rows already
 * there count toward the target, so running it twice does not double the volume.
 */
@Component
@Order(60)
public class InsightVolumeCommand implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InsightVolumeCommand.class);

    private final PublisherAccountRepository accounts;
    private final OfferRepository offers;
    private final InsightLoadRepository insights;
    private final InsightGenerator generator;
    private final ApplicationContext context;
    private final Clock clock;
    private final long target;
    private final String publisherId;
    private final boolean exit;

    InsightVolumeCommand(PublisherAccountRepository accounts, OfferRepository offers, InsightLoadRepository insights,
                         InsightGenerator generator, ApplicationContext context, Clock clock,
                         @org.springframework.beans.factory.annotation.Value("${portal.insights.fill-usage-rows:0}") long target,
                         @org.springframework.beans.factory.annotation.Value("${portal.insights.fill-publisher:contoso}") String publisherId,
                         @org.springframework.beans.factory.annotation.Value("${portal.insights.fill-and-exit:false}") boolean exit) {
        this.accounts = accounts;
        this.offers = offers;
        this.insights = insights;
        this.generator = generator;
        this.context = context;
        this.clock = clock;
        this.target = target;
        this.publisherId = publisherId;
        this.exit = exit;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (target <= 0) {
            return;  // not asked for (a property read at start: the production build fixes its beans ahead of time)
        }
        fill();
        if (exit) {
            System.exit(SpringApplication.exit(context, () -> 0));
        }
    }

    /** Adds usage rows until the publisher has {@code target}; returns how many it has then. */
    public long fill() {
        var account = accounts.findByPublisherId(publisherId)
                .orElseThrow(() -> new IllegalStateException("No publisher " + publisherId));
        long existing = insights.usageCount(account.id());
        if (existing >= target) {
            log.info("{} already has {} usage rows", publisherId, existing);
            return existing;
        }
        var live = offers.findByAccountIdOrderByNameAsc(account.id()).stream()
                .filter(o -> o.status() == OfferStatus.LIVE).toList();
        long started = System.nanoTime();
        generator.generate(account.id(), live, LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC),
                InsightGenerator.Volume.usageRows(target - existing), System.nanoTime());
        long total = insights.usageCount(account.id());
        log.info("{} now has {} usage rows ({} s)", publisherId, total, (System.nanoTime() - started) / 1_000_000_000);
        return total;
    }
}
