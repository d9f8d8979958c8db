package com.publisherportal.common;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Rate limits and attempt counters that every node shares, because they live in the database
 * (tables {@code rate_bucket} and {@code attempt_window}): a token bucket per key
 * ({@link #tokenBucket}) and a fixed-window counter per client ({@link #attemptWindow}). Each is
 * named by a scope, unique in the portal. Their statements run outside the caller's transaction
 * (suspended, on their own connection, committed at once): a take or an attempt counts even if
 * the caller's work rolls back, and a lost race for a first row cannot spoil the caller's
 * transaction. Time is the portal's clock; nodes are expected to keep their clocks in step (NTP):
 * a node whose clock is behind adds no tokens until its time passes the row's.
 * <p>
 * Written by hand rather than with Bucket4j: Bucket4j's JDBC back-ends exist per database
 * (PostgreSQL, MySQL, MariaDB, Oracle, SQL Server, DB2), none for H2, and they read, lock and
 * rewrite a serialized state in a transaction of their own; one conditional UPDATE on both
 * databases does the same job in one round trip.
 */
@Component
public class SharedLimits {

    private final RateLimitRepository rows;
    private final Clock clock;
    private final TransactionTemplate outside;
    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();
    private final Map<String, AttemptWindow> windows = new ConcurrentHashMap<>();

    SharedLimits(RateLimitRepository rows, Clock clock, PlatformTransactionManager transactions) {
        this.rows = rows;
        this.clock = clock;
        this.outside = new TransactionTemplate(transactions);
        this.outside.setPropagationBehavior(TransactionDefinition.PROPAGATION_NOT_SUPPORTED);
    }

    /** Limits over a database outside a Spring context (tools, tests: two of them are two nodes). */
    public static SharedLimits standalone(javax.sql.DataSource dataSource, Clock clock) {
        return new SharedLimits(new RateLimitRepository(JdbcClient.create(dataSource)), clock,
                new JdbcTransactionManager(dataSource));
    }

    /** The token buckets of a scope: {@code ratePerSecond} takes a second sustained, bursts of {@code burst}. */
    public TokenBucket tokenBucket(String scope, double ratePerSecond, int burst) {
        TokenBucket bucket = new TokenBucket(scope, ratePerSecond, burst);
        if (buckets.putIfAbsent(scope, bucket) != null) {
            throw new IllegalStateException("The rate limit scope " + scope + " is taken");
        }
        return bucket;
    }

    /** The attempt windows of a scope: at most {@code max} attempts per client in a {@code window}. */
    public AttemptWindow attemptWindow(String scope, int max, Duration window) {
        AttemptWindow counter = new AttemptWindow(scope, max, window);
        if (windows.putIfAbsent(scope, counter) != null) {
            throw new IllegalStateException("The attempt window scope " + scope + " is taken");
        }
        return counter;
    }

    /** Deletes the rows that no longer limit anyone: buckets full again, windows ended. Returns how many. */
    public int deleteIdle() {
        long now = micros(clock.instant());
        int deleted = 0;
        for (TokenBucket bucket : List.copyOf(buckets.values())) {
            deleted += outside(() -> rows.deleteBucketsIdleSince(bucket.scope, now - bucket.fullAfterMicros));
        }
        for (AttemptWindow window : List.copyOf(windows.values())) {
            deleted += outside(() -> rows.deleteWindowsStartedBefore(window.scope, now - window.windowMicros));
        }
        return deleted;
    }

    private <T> T outside(Supplier<T> work) {
        return outside.execute(status -> work.get());
    }

    static long micros(Instant instant) {
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1_000);
    }

    /** One token bucket per key, shared by all nodes. */
    public final class TokenBucket {

        private static final int ATTEMPTS = 5;

        private final String scope;
        private final double ratePerSecond;
        private final double burst;
        private final double perMicro;
        /** How long an untouched bucket takes to be full again: its row may go then. */
        private final long fullAfterMicros;

        private TokenBucket(String scope, double ratePerSecond, int burst) {
            if (!(ratePerSecond > 0) || burst < 1) {
                throw new IllegalArgumentException("A rate and a burst must be positive");
            }
            this.scope = scope;
            this.ratePerSecond = ratePerSecond;
            this.burst = burst;
            this.perMicro = ratePerSecond / 1e6;
            this.fullAfterMicros = Math.max(60_000_000L, (long) Math.ceil(burst / perMicro));
        }

        /**
         * Takes one token from the key's bucket: one UPDATE when a token is there; empty when allowed,
         * else the whole seconds to wait before a retry (at least 1).
         */
        public OptionalLong acquire(String key) {
            long now = micros(clock.instant());
            return outside(() -> {
                for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
                    if (rows.take(scope, key, burst, perMicro, now)) {
                        return OptionalLong.empty();
                    }
                    Optional<RateLimitRepository.BucketState> state = rows.bucket(scope, key);
                    if (state.isPresent()) {
                        double tokens = tokensAt(state.get(), now);
                        if (tokens < 1) {
                            return OptionalLong.of(waitSeconds(tokens));
                        }
                        // The row was made (by another taker) after the UPDATE looked: take from it.
                        continue;
                    }
                    if (rows.insertTaken(scope, key, burst, now)) {
                        return OptionalLong.empty();
                    }
                    // Another taker made the row meanwhile: take from it.
                }
                throw new IllegalStateException("The bucket " + scope + "/" + key + " kept changing");
            });
        }

        /** What the bucket holds at {@code now}, refilled since the row was written. */
        private double tokensAt(RateLimitRepository.BucketState state, long now) {
            return Math.min(burst, state.tokens() + Math.max(0, now - state.refilledAt()) * perMicro);
        }

        /** Seconds until a bucket holding {@code tokens} holds a whole token again. */
        private long waitSeconds(double tokens) {
            return Math.max(1, (long) Math.ceil((1 - tokens) / ratePerSecond));
        }
    }

    /** A fixed-window counter per client, shared by all nodes. */
    public final class AttemptWindow {

        private static final int ATTEMPTS = 5;

        private final String scope;
        private final int max;
        private final Duration window;
        private final long windowMicros;

        private AttemptWindow(String scope, int max, Duration window) {
            if (max < 1 || window.isNegative() || window.isZero()) {
                throw new IllegalArgumentException("The limit and the window must be positive");
            }
            this.scope = scope;
            this.max = max;
            this.window = window;
            this.windowMicros = window.toNanos() / 1_000;
        }

        public int max() {
            return max;
        }

        public Duration window() {
            return window;
        }

        /** How long the client must still wait, when it has used up its attempts in the current window. */
        public Optional<Duration> blockedFor(String key, Instant at) {
            long now = micros(at);
            return outside(() -> rows.window(scope, key))
                    .filter(w -> w.windowStart() + windowMicros > now && w.attempts() >= max)
                    .map(w -> Duration.ofNanos((w.windowStart() + windowMicros - now) * 1_000));
        }

        /** Counts an attempt of the client; returns the attempts in the current window, this one included. */
        public int record(String key, Instant at) {
            long now = micros(at);
            return outside(() -> {
                for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
                    if (rows.countAttempt(scope, key, windowMicros, now)) {
                        return rows.window(scope, key).map(RateLimitRepository.WindowState::attempts).orElse(1);
                    }
                    if (rows.insertAttempt(scope, key, now)) {
                        return 1;
                    }
                }
                throw new IllegalStateException("The attempt window " + scope + "/" + key + " kept changing");
            });
        }
    }
}
