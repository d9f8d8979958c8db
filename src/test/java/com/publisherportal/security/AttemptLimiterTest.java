package com.publisherportal.security;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class AttemptLimiterTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    @Test
    void aClientIsBlockedAfterItsAttemptsUntilTheWindowEnds() {
        AttemptLimiter limiter = new AttemptLimiter(3, Duration.ofMinutes(15), 100);
        for (int i = 1; i <= 3; i++) {
            assertThat(limiter.blockedFor("203.0.113.1", T0)).isEmpty();
            assertThat(limiter.record("203.0.113.1", T0)).isEqualTo(i);
        }
        assertThat(limiter.blockedFor("203.0.113.1", T0.plusSeconds(60))).contains(Duration.ofMinutes(14));
        assertThat(limiter.blockedFor("203.0.113.2", T0.plusSeconds(60))).isEmpty();
        assertThat(limiter.blockedFor("203.0.113.1", T0.plus(Duration.ofMinutes(15)))).isEmpty();
        assertThat(limiter.record("203.0.113.1", T0.plus(Duration.ofMinutes(15)))).isEqualTo(1);
    }

    @Test
    void anIpv6HostCannotDodgeByTakingAnotherAddressOfItsNetwork() {
        AttemptLimiter limiter = new AttemptLimiter(2, Duration.ofMinutes(15), 100);
        limiter.record("2001:db8:1:2::1", T0);
        limiter.record("2001:db8:1:2:ffff::42", T0);
        assertThat(limiter.blockedFor("[2001:db8:1:2::99]", T0)).isPresent();
        assertThat(limiter.blockedFor("2001:db8:1:3::1", T0)).isEmpty();
        assertThat(AttemptLimiter.key("2001:0db8:0001:0002:0000:0000:0000:0001")).isEqualTo(AttemptLimiter.key("2001:db8:1:2::7"));
        assertThat(AttemptLimiter.key("127.0.0.1")).isEqualTo("127.0.0.1");
    }

    @Test
    void itRemembersABoundedNumberOfClients() {
        AttemptLimiter limiter = new AttemptLimiter(1, Duration.ofMinutes(15), 2);
        limiter.record("192.0.2.1", T0);
        limiter.record("192.0.2.2", T0);
        limiter.record("192.0.2.3", T0);
        assertThat(limiter.blockedFor("192.0.2.1", T0)).isEmpty();
        assertThat(limiter.blockedFor("192.0.2.3", T0)).isPresent();
    }
}
