package com.publisherportal.leads;

import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Intake tokens accepted lately and their accounts, to spare the busy intake path a query. Only a
 * hint: every insert checks the token again in the same statement, and a rotation forgets the
 * account's old token here at once.
 */
@Component
class IntakeTokenCache {

    private static final int MAX_ENTRIES = 10_000;

    private final Map<String, Long> known = new ConcurrentHashMap<>();

    Optional<Long> accountFor(String token) {
        return Optional.ofNullable(known.get(token));
    }

    void remember(String token, long accountId) {
        if (known.size() >= MAX_ENTRIES) {
            known.clear();
        }
        known.put(token, accountId);
    }

    void forget(String token) {
        known.remove(token);
    }

    /** Forgets whatever token the account had, after it got a new one. */
    void forgetAccount(long accountId) {
        known.values().removeIf(id -> id == accountId);
    }
}
