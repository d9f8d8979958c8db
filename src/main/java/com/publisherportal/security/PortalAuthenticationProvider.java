package com.publisherportal.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Checks e-mail and password, and locks a user out for 15 minutes after 5 failures within
 * 15 minutes. Every refusal is the same {@link BadCredentialsException}, and an unknown
 * e-mail costs the same password hashing as a known one, so neither the message nor the
 * timing tells whether an e-mail exists.
 */
@Component
public class PortalAuthenticationProvider implements AuthenticationProvider {

    public static final int MAX_FAILURES = 5;
    public static final Duration FAILURE_WINDOW = Duration.ofMinutes(15);
    public static final Duration LOCKOUT = Duration.ofMinutes(15);

    private static final Logger log = LoggerFactory.getLogger(PortalAuthenticationProvider.class);

    private final CallerRepository callers;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final String dummyHash;

    PortalAuthenticationProvider(CallerRepository callers, PasswordEncoder passwordEncoder, Clock clock) {
        this.callers = callers;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.dummyHash = passwordEncoder.encode("not-a-real-password-" + System.nanoTime());
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String email = normaliseEmail(authentication.getName());
        String password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
        Optional<CallerRepository.LoginRecord> found = callers.findLogin(email);
        if (found.isEmpty()) {
            passwordEncoder.matches(password, dummyHash);
            throw refused();
        }
        CallerRepository.LoginRecord user = found.get();
        Instant now = clock.instant();
        boolean matches = passwordEncoder.matches(password, user.passwordHash());
        if (user.lockedUntil() != null && now.isBefore(user.lockedUntil())) {
            throw refused();
        }
        if (!matches) {
            int failures = callers.recordFailure(user.id(), now, now.minus(FAILURE_WINDOW));
            if (failures >= MAX_FAILURES) {
                callers.lock(user.id(), now.plus(LOCKOUT));
                log.info("User {} locked after {} failed sign-ins", user.id(), failures);
            }
            throw refused();
        }
        if (!user.enabled()) {
            throw refused();
        }
        callers.recordSuccess(user.id());
        PortalUser principal = user.toPrincipal();
        return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    public static String normaliseEmail(String email) {
        return email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
    }

    private static BadCredentialsException refused() {
        return new BadCredentialsException("Sign-in refused");
    }
}
