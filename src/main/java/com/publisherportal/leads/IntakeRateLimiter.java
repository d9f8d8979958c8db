package com.publisherportal.leads;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per intake token's account: {@code rate} leads a second sustained, bursts of
 * {@code burst}. Kept in memory (one bucket per account that posts), so the check costs no
 * database round trip.
 */
@Component
class IntakeRateLimiter {

    private final double ratePerNano;
    private final double burst;
    private final Clock clock;
    private final Map<Long, Bucket> buckets = new ConcurrentHashMap<>();

    IntakeRateLimiter(@Value("${portal.leads.intake.rate-per-second:20}") double ratePerSecond,
                      @Value("${portal.leads.intake.burst:200}") int burst, Clock clock) {
        if (ratePerSecond <= 0 || burst < 1) {
            throw new IllegalArgumentException("The intake rate and burst must be positive");
        }
        this.ratePerNano = ratePerSecond / 1e9;
        this.burst = burst;
        this.clock = clock;
    }

    /** Takes one lead from the account's bucket; empty when allowed, else the wait before a retry. */
    public OptionalLong acquire(long accountId) {
        long now = nanos();
        Bucket bucket = buckets.computeIfAbsent(accountId, id -> new Bucket(burst, now));
        synchronized (bucket) {
            bucket.tokens = Math.min(burst, bucket.tokens + (now - bucket.updated) * ratePerNano);
            bucket.updated = Math.max(bucket.updated, now);
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return OptionalLong.empty();
            }
            double missing = 1 - bucket.tokens;
            long waitSeconds = (long) Math.ceil(missing / ratePerNano / 1e9);
            return OptionalLong.of(Math.max(1, waitSeconds));
        }
    }

    /** The portal's clock (so tests can move time), at nanosecond resolution. */
    private long nanos() {
        var instant = clock.instant();
        return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
    }

    private static final class Bucket {
        double tokens;
        long updated;

        Bucket(double tokens, long updated) {
            this.tokens = tokens;
            this.updated = updated;
        }
    }
}
