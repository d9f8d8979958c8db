package com.publisherportal.leads;

import com.publisherportal.testsupport.MutableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The intake's caches are bounded and forget what they hold after their time to live. */
class IntakeCachesTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));

    @Test
    void aRememberedTokenIsForgottenAfterItsTimeToLive() {
        IntakeTokenCache cache = new IntakeTokenCache(100, Duration.ofSeconds(5), clock);
        cache.remember("token-a", 7);
        clock.advance(Duration.ofMillis(4900));
        assertThat(cache.accountFor("token-a")).contains(7L);
        clock.advance(Duration.ofMillis(200));
        assertThat(cache.accountFor("token-a")).as("rotated through another node: asked again").isEmpty();
    }

    @Test
    void aRotationForgetsTheAccountsTokenAtOnce() {
        IntakeTokenCache cache = new IntakeTokenCache(100, Duration.ofSeconds(5), clock);
        cache.remember("token-a", 7);
        cache.remember("token-b", 8);
        cache.forgetAccount(7);
        assertThat(cache.accountFor("token-a")).isEmpty();
        assertThat(cache.accountFor("token-b")).contains(8L);
    }

    @Test
    void theCacheHoldsAtMostItsSize() {
        IntakeTokenCache cache = new IntakeTokenCache(10, Duration.ofMinutes(5), clock);
        for (int i = 0; i < 1000; i++) {
            cache.remember("token-" + i, i);
        }
        int held = 0;
        for (int i = 0; i < 1000; i++) {
            held += cache.accountFor("token-" + i).isPresent() ? 1 : 0;
        }
        // Caffeine evicts asynchronously on the common pool; it may run a little over for a moment.
        assertThat(held).isLessThanOrEqualTo(20);
    }
}
