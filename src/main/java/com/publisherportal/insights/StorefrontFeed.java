package com.publisherportal.insights;

import com.publisherportal.campaigns.StorefrontActivity;
import com.publisherportal.campaigns.StorefrontActivity.DayFigures;
import com.publisherportal.common.JobMarkRepository;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Date;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Feeds the "Marketplace insights" report from the portal's own storefront: at start-up and every
 * few minutes the days since the job's "done through" mark (at least yesterday and today; on the
 * first run, everything since the first visit) are rolled up into insight rows and the affected
 * months' aggregates rebuilt. One node runs it at a time ({@code @SchedulerLock}); the mark lets a
 * restart carry on where the last run stopped instead of redoing all history. The storefront's
 * figures come from campaigns ({@link StorefrontActivity}), already grouped per day.
 */
@Component
public class StorefrontFeed {

    private static final Logger log = LoggerFactory.getLogger(StorefrontFeed.class);

    private final StorefrontActivity storefront;
    private final InsightLoadRepository load;
    private final InsightAggregateRepository insights;
    private final JobMarkRepository marks;
    private final TransactionTemplate transactions;
    private final Clock clock;

    StorefrontFeed(StorefrontActivity storefront, InsightLoadRepository load, InsightAggregateRepository insights,
                   JobMarkRepository marks, TransactionTemplate transactions, Clock clock) {
        this.storefront = storefront;
        this.marks = marks;
        this.load = load;
        this.insights = insights;
        this.transactions = transactions;
        this.clock = clock;
    }

    static final String JOB = "storefront-feed";

    @EventListener(ApplicationReadyEvent.class)
    @Scheduled(initialDelayString = "${portal.storefront-feed.delay:PT5M}", fixedDelayString = "${portal.storefront-feed.delay:PT5M}")
    @SchedulerLock(name = JOB, lockAtMostFor = "PT10M", lockAtLeastFor = "${portal.storefront-feed.lock-at-least:PT30S}")
    public void catchUp() {
        Instant started = clock.instant();
        LocalDate today = today();
        LocalDate yesterday = today.minusDays(1);
        LocalDate from = marks.doneThrough(JOB).map(done -> done.isBefore(yesterday) ? done : yesterday)
                .or(storefront::firstVisitDay).orElse(yesterday);
        rollUp(from, today);
        // Yesterday is complete; today is rolled up again on the next run.
        marks.finished(JOB, started, from, today, yesterday);
    }

    /** Rolls up the days from {@code from} to {@code to} inclusive, each day and each account's months in its own transaction. */
    public void rollUp(LocalDate from, LocalDate to) {
        Set<Long> accounts = new HashSet<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            LocalDate d = day;
            accounts.addAll(transactions.execute(s -> rollUpDay(d)));
        }
        LocalDate firstMonth = from.withDayOfMonth(1);
        LocalDate afterLast = to.withDayOfMonth(1).plusMonths(1);
        for (long accountId : accounts) {
            transactions.executeWithoutResult(s -> insights.refreshVisitMonths(accountId, firstMonth, afterLast));
        }
        log.debug("Storefront visits rolled up from {} to {} for {} accounts", from, to, accounts.size());
    }

    /**
     * Replaces one day's storefront-made insight rows with a fresh roll-up: one row per offer,
     * country, referral domain and campaign, counting visits and each kind of call to action.
     * Returns the accounts that had storefront visits that day.
     */
    private Set<Long> rollUpDay(LocalDate day) {
        List<DayFigures> figures = storefront.dayFigures(day);
        Date month = Date.valueOf(day.withDayOfMonth(1));
        load.replaceStorefrontVisits(day, figures.stream().map(f -> new Object[]{f.accountId(), f.offerId(),
                f.offerName(), month, Date.valueOf(f.day()), f.country(), f.referralDomain(), f.campaignSource(),
                f.campaignId(), Math.toIntExact(f.visits()), Math.toIntExact(f.getItNow()),
                Math.toIntExact(f.contactMe()), Math.toIntExact(f.testDrive()), Math.toIntExact(f.freeTrial())})
                .toList());
        return figures.stream().map(DayFigures::accountId).collect(Collectors.toSet());
    }

    private LocalDate today() {
        return clock.instant().atZone(ZoneOffset.UTC).toLocalDate();
    }
}
