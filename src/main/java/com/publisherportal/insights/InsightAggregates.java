package com.publisherportal.insights;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Keeps the monthly aggregates current for rows that arrive outside the generator (which
 * refreshes what it writes): every hour the current and previous months of every account with
 * insights are rebuilt, each account in its own short transaction. Late data older than that is
 * rebuilt by {@link InsightAggregateRepository#refreshMonths} when it is loaded.
 */
@Component
public class InsightAggregates {

    private static final Logger log = LoggerFactory.getLogger(InsightAggregates.class);

    private final InsightAggregateRepository insights;
    private final TransactionTemplate transactions;
    private final Clock clock;

    InsightAggregates(InsightAggregateRepository insights, TransactionTemplate transactions, Clock clock) {
        this.insights = insights;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(cron = "${portal.insights.refresh-cron:0 7 * * * *}")
    public void refreshRecentMonths() {
        LocalDate thisMonth = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).withDayOfMonth(1);
        for (long accountId : insights.accountsWithData()) {
            transactions.executeWithoutResult(s -> insights.refreshMonths(accountId, thisMonth.minusMonths(1),
                    thisMonth.plusMonths(1)));
        }
        log.debug("Insight aggregates refreshed");
    }
}
