package com.publisherportal.common;

import java.time.Clock;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One token bucket per key: {@code rate} takes a second sustained, bursts of {@code burst}. Kept
 * in memory (one small bucket per key seen), so a check costs no database round trip. Time comes
 * from the portal's clock, so tests can move it.
 */
public final class TokenBuckets<K> {

    private final double ratePerNano;
    private final double burst;
    private final Clock clock;
    private final Map<K, Bucket> buckets = new ConcurrentHashMap<>();

    public TokenBuckets(double ratePerSecond, int burst, Clock clock) {
        if (!(ratePerSecond > 0) || burst < 1) {
            throw new IllegalArgumentException("A rate and a burst must be positive");
        }
        this.ratePerNano = ratePerSecond / 1e9;
        this.burst = burst;
        this.clock = clock;
    }

    /** Takes one token from the key's bucket; empty when allowed, else the seconds to wait before a retry. */
    public OptionalLong acquire(K key) {
        long now = nanos();
        Bucket bucket = buckets.computeIfAbsent(key, k -> new Bucket(burst, now));
        synchronized (bucket) {
            bucket.tokens = Math.min(burst, bucket.tokens + Math.max(0, now - bucket.updated) * ratePerNano);
            bucket.updated = Math.max(bucket.updated, now);
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return OptionalLong.empty();
            }
            double missing = 1 - bucket.tokens;
            return OptionalLong.of(Math.max(1, (long) Math.ceil(missing / ratePerNano / 1e9)));
        }
    }

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
