package com.publisherportal.leads;

import com.github.benmanes.caffeine.cache.Cache;
import com.publisherportal.common.ExpiringCaches;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Intake tokens accepted lately and their accounts, to spare the busy intake path a query. Only a
 * hint: every insert checks the token again in the same statement, and a rotation forgets the
 * account's old token here at once. Bounded ({@code portal.leads.intake.token-cache.max-size}) and
 * expiring ({@code .ttl}, 5 s): a token rotated through another node leaves this one's cache within
 * that time.
 */
@Component
class IntakeTokenCache {

    private final Cache<String, Long> known;

    IntakeTokenCache(@Value("${portal.leads.intake.token-cache.max-size:10000}") long maxSize,
                     @Value("${portal.leads.intake.token-cache.ttl:PT5S}") Duration ttl, Clock clock) {
        this.known = ExpiringCaches.create(maxSize, ttl, clock);
    }

    Optional<Long> accountFor(String token) {
        return Optional.ofNullable(known.getIfPresent(token));
    }

    void remember(String token, long accountId) {
        known.put(token, accountId);
    }

    void forget(String token) {
        known.invalidate(token);
    }

    /** Forgets whatever token the account had, after it got a new one. */
    void forgetAccount(long accountId) {
        known.asMap().values().removeIf(id -> id == accountId);
    }
}
