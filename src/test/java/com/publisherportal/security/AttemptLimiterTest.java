package com.publisherportal.security;

import com.publisherportal.common.SharedLimits;
import com.publisherportal.testsupport.LimitsDatabase;
import com.publisherportal.testsupport.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class AttemptLimiterTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    private final LimitsDatabase database = LimitsDatabase.h2();
    private final SharedLimits limits = SharedLimits.standalone(database.dataSource(), new MutableClock(T0));

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aClientIsBlockedAfterItsAttemptsUntilTheWindowEnds() {
        AttemptLimiter limiter = new AttemptLimiter(limits.attemptWindow("a", 3, Duration.ofMinutes(15)));
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
        AttemptLimiter limiter = new AttemptLimiter(limits.attemptWindow("a", 2, Duration.ofMinutes(15)));
        limiter.record("2001:db8:1:2::1", T0);
        limiter.record("2001:db8:1:2:ffff::42", T0);
        assertThat(limiter.blockedFor("[2001:db8:1:2::99]", T0)).isPresent();
        assertThat(limiter.blockedFor("2001:db8:1:3::1", T0)).isEmpty();
        assertThat(AttemptLimiter.key("2001:0db8:0001:0002:0000:0000:0000:0001")).isEqualTo(AttemptLimiter.key("2001:db8:1:2::7"));
        assertThat(AttemptLimiter.key("127.0.0.1")).isEqualTo("127.0.0.1");
    }

    @Test
    void twoLimitersOverOneDatabaseCountTogether() {
        SharedLimits otherNode = SharedLimits.standalone(database.dataSource(), new MutableClock(T0));
        AttemptLimiter here = new AttemptLimiter(limits.attemptWindow("a", 2, Duration.ofMinutes(15)));
        AttemptLimiter there = new AttemptLimiter(otherNode.attemptWindow("a", 2, Duration.ofMinutes(15)));
        here.record("192.0.2.1", T0);
        assertThat(there.blockedFor("192.0.2.1", T0)).isEmpty();
        there.record("192.0.2.1", T0);
        assertThat(here.blockedFor("192.0.2.1", T0)).isPresent();
    }
}
