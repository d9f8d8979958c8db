package com.publisherportal.onboarding;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;

/**
 * {@code portal.review.overdue}: items of the staff review queue past their due date (the queue's
 * own "overdue" filter, the business-day clocks' deadline). The count is taken in the background
 * every {@code portal.metrics.review-overdue-refresh} (30 s) and the gauge reads the last one, so a
 * scrape never runs a query. NaN until the first count. Every node reports the same, database-wide
 * number.
 */
@Component
class ReviewQueueMetrics {

    static final String OVERDUE = "portal.review.overdue";
    private static final QueueFilter OVERDUE_ITEMS = new QueueFilter(null, null, null, ClockStatus.OVERDUE);
    private static final Logger log = LoggerFactory.getLogger(ReviewQueueMetrics.class);

    private final ReviewQueueRepository queue;
    private final Clock clock;
    private volatile double overdue = Double.NaN;

    ReviewQueueMetrics(ReviewQueueRepository queue, Clock clock, MeterRegistry registry) {
        this.queue = queue;
        this.clock = clock;
        Gauge.builder(OVERDUE, this, metrics -> metrics.overdue)
                .description("Items in the staff review queue past their due date").register(registry);
    }

    @Scheduled(initialDelay = 0, fixedDelayString = "${portal.metrics.review-overdue-refresh:PT30S}")
    void refresh() {
        try {
            Instant now = clock.instant();
            overdue = queue.count(OVERDUE_ITEMS, now, now);
        } catch (RuntimeException e) {
            log.warn("Could not count the overdue review items; the gauge keeps its last value", e);
        }
    }
}
