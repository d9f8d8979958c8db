package com.publisherportal.common;

import com.publisherportal.testsupport.LimitsDatabase;
import com.publisherportal.testsupport.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database's token buckets and attempt windows ({@link SharedLimits}, {@code rate_bucket},
 * {@code attempt_window}), straight on a database: the H2 and the PostgreSQL subclass say which.
 * Two {@link SharedLimits} over one database are two nodes.
 */
abstract class SharedLimitsContract {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    private LimitsDatabase database;
    private final MutableClock clock = new MutableClock(T0);
    private SharedLimits node;
    private SharedLimits otherNode;

    abstract LimitsDatabase database() throws Exception;

    @BeforeEach
    void open() throws Exception {
        database = database();
        node = SharedLimits.standalone(database.dataSource(), clock);
        otherNode = SharedLimits.standalone(database.dataSource(), clock);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private static int allowed(SharedLimits.TokenBucket bucket, String key, int tries) {
        int allowed = 0;
        for (int i = 0; i < tries; i++) {
            if (bucket.acquire(key).isEmpty()) {
                allowed++;
            }
        }
        return allowed;
    }

    @Test
    void aFreshKeyHasItsBurstThenWaits() {
        var bucket = node.tokenBucket("t", 1, 5);
        assertThat(allowed(bucket, "a", 8)).isEqualTo(5);
        assertThat(bucket.acquire("a")).isEqualTo(OptionalLong.of(1));
        assertThat(allowed(bucket, "b", 8)).as("another key has its own bucket").isEqualTo(5);
    }

    @Test
    void theBucketRefillsOverTimeUpToItsBurst() {
        var bucket = node.tokenBucket("t", 2, 4);
        assertThat(allowed(bucket, "a", 4)).isEqualTo(4);
        assertThat(bucket.acquire("a")).isPresent();
        clock.advance(Duration.ofMillis(500));
        assertThat(allowed(bucket, "a", 3)).as("half a second at 2/s").isEqualTo(1);
        clock.advance(Duration.ofMillis(250));
        assertThat(allowed(bucket, "a", 3)).as("a quarter second is half a token").isZero();
        clock.advance(Duration.ofMillis(250));
        assertThat(allowed(bucket, "a", 3)).as("the other half").isEqualTo(1);
        clock.advance(Duration.ofHours(1));
        assertThat(allowed(bucket, "a", 10)).as("an hour fills it to its burst, no more").isEqualTo(4);
    }

    @Test
    void retryAfterIsTheWholeSecondsUntilTheNextToken() {
        var perMinute = node.tokenBucket("checks", 30 / 60.0, 10);
        assertThat(allowed(perMinute, "key:1", 10)).isEqualTo(10);
        assertThat(perMinute.acquire("key:1")).isEqualTo(OptionalLong.of(2));
        clock.advance(Duration.ofMillis(1500));
        assertThat(perMinute.acquire("key:1")).isEqualTo(OptionalLong.of(1));
        var slow = node.tokenBucket("slow", 1 / 60.0, 1);
        assertThat(slow.acquire("x")).isEmpty();
        assertThat(slow.acquire("x")).isEqualTo(OptionalLong.of(60));
        clock.advance(Duration.ofSeconds(45));
        assertThat(slow.acquire("x")).isEqualTo(OptionalLong.of(15));
    }

    @Test
    void twoNodesTakeFromTheSameBucket() {
        var here = node.tokenBucket("lead-intake", 1, 10);
        var there = otherNode.tokenBucket("lead-intake", 1, 10);
        assertThat(allowed(here, "7", 6) + allowed(there, "7", 6)).isEqualTo(10);
        assertThat(here.acquire("7")).isPresent();
        assertThat(there.acquire("7")).isPresent();
    }

    @Test
    void eightThreadsOnTwoNodesNeverTakeMoreThanTheBurst() throws Exception {
        int burst = 100;
        var here = node.tokenBucket("race", 1e-6, burst);
        var there = otherNode.tokenBucket("race", 1e-6, burst);
        for (String key : List.of("fresh-row", "existing-row")) {
            if (key.equals("existing-row")) {
                here.acquire(key);
            }
            AtomicInteger taken = new AtomicInteger();
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService threads = Executors.newFixedThreadPool(8);
            try {
                List<Future<?>> done = new ArrayList<>();
                for (int t = 0; t < 8; t++) {
                    var bucket = t % 2 == 0 ? here : there;
                    done.add(threads.submit(() -> {
                        start.await();
                        for (int i = 0; i < 40; i++) {
                            // The clock moves on while they take; at this rate it adds nothing.
                            clock.advance(Duration.ofMillis(1));
                            if (bucket.acquire(key).isEmpty()) {
                                taken.incrementAndGet();
                            }
                        }
                        return null;
                    }));
                }
                start.countDown();
                for (Future<?> f : done) {
                    f.get();
                }
            } finally {
                threads.shutdownNow();
            }
            assertThat(taken.get()).as("tokens taken from the %s by 8 threads, 320 tries", key)
                    .isEqualTo(key.equals("existing-row") ? burst - 1 : burst);
        }
    }

    @Test
    void eightThreadsMeetingOnAFreshKeyAreAllAllowedWhileTokensLast() throws Exception {
        // The first takers of a key race to make its row: a loser must take from the winner's row,
        // not read it as empty (the intake bench once got a 429 from a bucket of a million).
        var here = node.tokenBucket("plenty", 1, 1_000_000);
        var there = otherNode.tokenBucket("plenty", 1, 1_000_000);
        for (int round = 0; round < 5; round++) {
            String key = "fresh-" + round;
            AtomicInteger refused = new AtomicInteger();
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService threads = Executors.newFixedThreadPool(8);
            try {
                List<Future<?>> done = new ArrayList<>();
                for (int t = 0; t < 8; t++) {
                    var bucket = t % 2 == 0 ? here : there;
                    done.add(threads.submit(() -> {
                        start.await();
                        for (int i = 0; i < 5; i++) {
                            if (bucket.acquire(key).isPresent()) {
                                refused.incrementAndGet();
                            }
                        }
                        return null;
                    }));
                }
                start.countDown();
                for (Future<?> f : done) {
                    f.get();
                }
            } finally {
                threads.shutdownNow();
            }
            assertThat(refused.get()).as("refusals from a bucket of a million, key %s", key).isZero();
        }
    }

    @Test
    void attemptWindowsCountAcrossNodesUntilTheWindowEnds() {
        var here = node.attemptWindow("sign-in-failure", 3, Duration.ofMinutes(15));
        var there = otherNode.attemptWindow("sign-in-failure", 3, Duration.ofMinutes(15));
        assertThat(here.record("203.0.113.1", T0)).isEqualTo(1);
        assertThat(there.record("203.0.113.1", T0)).isEqualTo(2);
        assertThat(here.blockedFor("203.0.113.1", T0)).isEmpty();
        assertThat(here.record("203.0.113.1", T0)).isEqualTo(3);
        assertThat(there.blockedFor("203.0.113.1", T0.plusSeconds(60))).contains(Duration.ofMinutes(14));
        assertThat(there.blockedFor("203.0.113.2", T0.plusSeconds(60))).isEmpty();
        assertThat(here.blockedFor("203.0.113.1", T0.plus(Duration.ofMinutes(15)))).isEmpty();
        assertThat(there.record("203.0.113.1", T0.plus(Duration.ofMinutes(15)))).isEqualTo(1);
    }

    @Test
    void idleRowsAreDeletedOnceTheyLimitNobody() {
        var bucket = node.tokenBucket("lead-intake", 20, 200);
        var window = node.attemptWindow("sign-up", 5, Duration.ofHours(1));
        bucket.acquire("1");
        window.record("192.0.2.1", clock.instant());
        JdbcClient jdbc = JdbcClient.create(database.dataSource());
        clock.advance(Duration.ofSeconds(5));
        assertThat(node.deleteIdle()).as("a bucket still refilling and a running window stay").isZero();
        clock.advance(Duration.ofMinutes(2));
        assertThat(node.deleteIdle()).as("the bucket is full again").isEqualTo(1);
        clock.advance(Duration.ofHours(1));
        assertThat(node.deleteIdle()).as("the window has ended").isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM rate_bucket").query(Long.class).single()
                + jdbc.sql("SELECT COUNT(*) FROM attempt_window").query(Long.class).single()).isZero();
        assertThat(allowed(bucket, "1", 250)).as("a deleted bucket is a full one").isEqualTo(200);
    }
}
