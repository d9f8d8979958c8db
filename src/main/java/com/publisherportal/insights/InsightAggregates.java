package com.publisherportal.insights;

import com.publisherportal.common.JobMarkRepository;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Keeps the monthly aggregates current for rows that arrive outside the generator (which
 * refreshes what it writes): every hour the current and previous months of every account with
 * insights are rebuilt (and, after downtime, every month since the last run), each account in its
 * own short transaction, on one node at a time. Late data older than that is rebuilt by
 * {@link InsightAggregateRepository#refreshMonths} when it is loaded.
 */
@Component
public class InsightAggregates {

    private static final Logger log = LoggerFactory.getLogger(InsightAggregates.class);

    private final InsightAggregateRepository insights;
    private final JobMarkRepository marks;
    private final TransactionTemplate transactions;
    private final Clock clock;

    InsightAggregates(InsightAggregateRepository insights, JobMarkRepository marks, TransactionTemplate transactions,
                      Clock clock) {
        this.insights = insights;
        this.marks = marks;
        this.transactions = transactions;
        this.clock = clock;
    }

    static final String JOB = "insight-aggregates";

    @Scheduled(cron = "${portal.insights.refresh-cron:0 7 * * * *}")
    @SchedulerLock(name = JOB, lockAtMostFor = "PT20M", lockAtLeastFor = "PT1M")
    public void refreshRecentMonths() {
        Instant started = clock.instant();
        LocalDate today = LocalDate.ofInstant(started, ZoneOffset.UTC);
        LocalDate lastMonth = today.withDayOfMonth(1).minusMonths(1);
        LocalDate from = marks.doneThrough(JOB).map(done -> done.withDayOfMonth(1))
                .filter(month -> month.isBefore(lastMonth)).orElse(lastMonth);
        for (long accountId : insights.accountsWithData()) {
            transactions.executeWithoutResult(s -> insights.refreshMonths(accountId, from,
                    today.withDayOfMonth(1).plusMonths(1)));
        }
        marks.finished(JOB, started, from, today, today);
        log.debug("Insight aggregates refreshed from {}", from);
    }
}
