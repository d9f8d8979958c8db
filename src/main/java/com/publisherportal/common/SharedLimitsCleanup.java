package com.publisherportal.common;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes the rows of {@link SharedLimits} that no longer limit anyone (buckets idle long enough to
 * be full again, windows that have ended), so the tables hold only recent keys. One node at a time.
 */
@Component
class SharedLimitsCleanup {

    private static final Logger log = LoggerFactory.getLogger(SharedLimitsCleanup.class);

    private final SharedLimits limits;

    SharedLimitsCleanup(SharedLimits limits) {
        this.limits = limits;
    }

    @Scheduled(initialDelayString = "${portal.limits.cleanup-interval:PT10M}",
            fixedDelayString = "${portal.limits.cleanup-interval:PT10M}")
    @SchedulerLock(name = "shared-limits-cleanup", lockAtLeastFor = "PT30S")
    public void deleteIdleRows() {
        int deleted = limits.deleteIdle();
        if (deleted > 0) {
            log.debug("Deleted {} idle rate-limit rows", deleted);
        }
    }
}
