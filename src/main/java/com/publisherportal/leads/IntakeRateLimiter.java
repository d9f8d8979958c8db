package com.publisherportal.leads;

import com.publisherportal.common.SharedLimits;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.OptionalLong;

/**
 * A token bucket per intake token's account: {@code rate} leads a second sustained, bursts of
 * {@code burst}. The bucket is a database row ({@link SharedLimits}), so every node takes from the
 * same one: one short UPDATE per lead, before the body is read and outside the lead's transaction.
 */
@Component
class IntakeRateLimiter {

    private final SharedLimits.TokenBucket buckets;

    IntakeRateLimiter(@Value("${portal.leads.intake.rate-per-second:20}") double ratePerSecond,
                      @Value("${portal.leads.intake.burst:200}") int burst, SharedLimits limits) {
        this.buckets = limits.tokenBucket("lead-intake", ratePerSecond, burst);
    }

    /** Takes one lead from the account's bucket; empty when allowed, else the wait before a retry. */
    public OptionalLong acquire(long accountId) {
        return buckets.acquire(String.valueOf(accountId));
    }
}
