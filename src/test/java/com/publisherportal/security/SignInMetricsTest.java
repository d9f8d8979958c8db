package com.publisherportal.security;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A refusal because the client address failed too often is a sign-in failure too: Spring
 * Security's publisher maps exceptions by exact class, so the portal's publisher must name it.
 * (MetricsHttpTest counts the form's ordinary failures and a lockout over HTTP.)
 */
class SignInMetricsTest {

    @Test
    void everyRefusalIsCountedByReasonAndALockoutOnce() {
        List<Object> published = new ArrayList<>();
        AuthenticationEventPublisher publisher = SignInMetrics.authenticationEventPublisher(published::add);
        var attempt = UsernamePasswordAuthenticationToken.unauthenticated("someone@example.com", "wrong");
        publisher.publishAuthenticationFailure(new BadCredentialsException("Sign-in refused"), attempt);
        publisher.publishAuthenticationFailure(new SignInThrottledException(), attempt);
        assertThat(published).hasSize(2).allSatisfy(e -> assertThat(e).isInstanceOf(AbstractAuthenticationFailureEvent.class));

        MeterRegistry meters = new SimpleMeterRegistry();
        SignInMetrics metrics = new SignInMetrics(meters);
        published.forEach(e -> metrics.on((AbstractAuthenticationFailureEvent) e));
        metrics.on(new SignInLockedOut(1, 2L, Instant.EPOCH, Instant.EPOCH.plusSeconds(900), "192.0.2.1"));

        assertThat(meters.get(SignInMetrics.FAILURES).tag("reason", "bad_credentials").counter().count()).isEqualTo(1);
        assertThat(meters.get(SignInMetrics.FAILURES).tag("reason", "throttled").counter().count()).isEqualTo(1);
        assertThat(meters.get(SignInMetrics.FAILURES).tag("reason", "other").counter().count()).isZero();
        assertThat(meters.get(SignInMetrics.LOCKOUTS).counter().count()).isEqualTo(1);
    }
}
