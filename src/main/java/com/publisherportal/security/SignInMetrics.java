package com.publisherportal.security;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;

import java.util.Map;

/**
 * Sign-in failures and lockouts, counted from the events the sign-in publishes rather than in the
 * provider: {@code portal.signin.failures} (every refused sign-in, form or the administrators'
 * HTTP Basic, tagged {@code reason}: {@code bad_credentials}, {@code throttled} when the client
 * address had failed too often, or {@code other}) and {@code portal.signin.lockouts} (accounts
 * locked after too many failures, from {@link SignInLockedOut}).
 */
@Configuration(proxyBeanMethods = false)
class SignInMetrics {

    static final String FAILURES = "portal.signin.failures";
    static final String LOCKOUTS = "portal.signin.lockouts";

    private final Counter badCredentials;
    private final Counter throttled;
    private final Counter other;
    private final Counter lockouts;

    SignInMetrics(MeterRegistry registry) {
        badCredentials = failures(registry, "bad_credentials");
        throttled = failures(registry, "throttled");
        other = failures(registry, "other");
        lockouts = Counter.builder(LOCKOUTS).description("Accounts locked after too many failed sign-ins")
                .register(registry);
    }

    private static Counter failures(MeterRegistry registry, String reason) {
        return Counter.builder(FAILURES).description("Refused sign-ins, by reason").tag("reason", reason)
                .register(registry);
    }

    /**
     * Spring Security's publisher (the one Boot would set up), also for the throttled refusal:
     * it maps exceptions to events by their exact class, so without this a
     * {@link SignInThrottledException} would publish nothing.
     */
    @Bean
    static AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher events) {
        DefaultAuthenticationEventPublisher publisher = new DefaultAuthenticationEventPublisher(events);
        publisher.setAdditionalExceptionMappings(
                Map.of(SignInThrottledException.class, AuthenticationFailureBadCredentialsEvent.class));
        return publisher;
    }

    @EventListener
    void on(AbstractAuthenticationFailureEvent event) {
        Exception cause = event.getException();
        (cause instanceof SignInThrottledException ? throttled
                : cause instanceof BadCredentialsException ? badCredentials : other).increment();
    }

    /** First of the listeners, so the count does not depend on the user's notification being written. */
    @EventListener
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void on(SignInLockedOut event) {
        lockouts.increment();
    }
}
