package com.publisherportal.leads;

import com.publisherportal.common.TokenBuckets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.OptionalLong;

/** A token bucket per intake token's account: {@code rate} leads a second sustained, bursts of {@code burst}. */
@Component
class IntakeRateLimiter {

    private final TokenBuckets<Long> buckets;

    IntakeRateLimiter(@Value("${portal.leads.intake.rate-per-second:20}") double ratePerSecond,
                      @Value("${portal.leads.intake.burst:200}") int burst, Clock clock) {
        this.buckets = new TokenBuckets<>(ratePerSecond, burst, clock);
    }

    /** Takes one lead from the account's bucket; empty when allowed, else the wait before a retry. */
    public OptionalLong acquire(long accountId) {
        return buckets.acquire(accountId);
    }
}
