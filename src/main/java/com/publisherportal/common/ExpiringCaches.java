package com.publisherportal.common;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import java.time.Clock;
import java.time.Duration;

/**
 * Caches of database state, bounded and expiring (Caffeine): an entry lives at most {@code ttl}
 * after it was loaded, so a change made through another node is seen here within that time (the
 * node that made the change also forgets its own entry at once, where the cache offers a way).
 * Timed by the portal's clock, so tests can move it.
 */
public final class ExpiringCaches {

    private ExpiringCaches() {
    }

    public static <K, V> Cache<K, V> create(long maximumSize, Duration ttl, Clock clock) {
        if (maximumSize < 1 || ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("A cache needs a positive size and time to live");
        }
        return Caffeine.newBuilder()
                .maximumSize(maximumSize)
                .expireAfterWrite(ttl)
                // Evictions on the calling thread (small, amortised work) rather than the common pool.
                .executor(Runnable::run)
                .ticker(() -> {
                    var now = clock.instant();
                    return now.getEpochSecond() * 1_000_000_000L + now.getNano();
                })
                .build();
    }
}
