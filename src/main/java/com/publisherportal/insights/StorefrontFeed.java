package com.publisherportal.insights;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;

/**
 * Feeds the "Marketplace insights" report from the portal's own storefront: every few minutes
 * today's and yesterday's visits and calls to action are rolled up into insight rows and the
 * affected months' aggregates rebuilt; at start-up, everything since the first visit.
 */
@Component
public class StorefrontFeed {

    private static final Logger log = LoggerFactory.getLogger(StorefrontFeed.class);

    private final StorefrontFeedRepository feed;
    private final InsightAggregateRepository insights;
    private final TransactionTemplate transactions;
    private final Clock clock;

    StorefrontFeed(StorefrontFeedRepository feed, InsightAggregateRepository insights, TransactionTemplate transactions, Clock clock) {
        this.feed = feed;
        this.insights = insights;
        this.transactions = transactions;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void catchUp() {
        LocalDate first = feed.firstVisitDay();
        if (first != null) {
            rollUp(first, today());
        }
    }

    @Scheduled(initialDelayString = "${portal.storefront-feed.delay:PT5M}", fixedDelayString = "${portal.storefront-feed.delay:PT5M}")
    public void recent() {
        rollUp(today().minusDays(1), today());
    }

    /** Rolls up the days from {@code from} to {@code to} inclusive, each day and each account's months in its own transaction. */
    public void rollUp(LocalDate from, LocalDate to) {
        Set<Long> accounts = new HashSet<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            LocalDate d = day;
            accounts.addAll(transactions.execute(s -> feed.rollUpDay(d)));
        }
        LocalDate firstMonth = from.withDayOfMonth(1);
        LocalDate afterLast = to.withDayOfMonth(1).plusMonths(1);
        for (long accountId : accounts) {
            transactions.executeWithoutResult(s -> insights.refreshVisitMonths(accountId, firstMonth, afterLast));
        }
        log.debug("Storefront visits rolled up from {} to {} for {} accounts", from, to, accounts.size());
    }

    private LocalDate today() {
        return clock.instant().atZone(ZoneOffset.UTC).toLocalDate();
    }
}
