package com.publisherportal.security;

import com.publisherportal.common.SharedLimits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
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
 * <p>
 * On top of that, failures are counted per client address ({@link AttemptLimiter}, in the
 * database, so all nodes count together): an address
 * that failed {@code portal.sign-in.max-failures-per-address} times (20 by default) within 15
 * minutes is refused outright ({@link SignInThrottledException}) until the window ends, and
 * those refusals count against no account, so one client cannot lock out account after account.
 * When an account is locked, {@link SignInLockedOut} tells the user (in the portal) when and from
 * which address.
 */
@Component
public class PortalAuthenticationProvider implements AuthenticationProvider {

    public static final int MAX_FAILURES = 5;
    public static final Duration FAILURE_WINDOW = Duration.ofMinutes(15);
    public static final Duration LOCKOUT = Duration.ofMinutes(15);

    private static final Logger log = LoggerFactory.getLogger(PortalAuthenticationProvider.class);

    private final CallerRepository callers;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final AttemptLimiter addressFailures;
    /** A hash to check unknown e-mails against, so they take as long as known ones; made on first use, not at start-up. */
    private volatile String dummyHash;

    PortalAuthenticationProvider(CallerRepository callers, PasswordEncoder passwordEncoder,
                                 ApplicationEventPublisher events, Clock clock, SharedLimits limits,
                                 @Value("${portal.sign-in.max-failures-per-address:20}") int maxFailuresPerAddress) {
        this.callers = callers;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
        this.clock = clock;
        this.addressFailures = new AttemptLimiter(limits.attemptWindow("sign-in-failure", maxFailuresPerAddress, FAILURE_WINDOW));
    }

    private String dummyHash() {
        String hash = dummyHash;
        if (hash == null) {
            // Two callers at once may both make one: harmless, each is as good as the other.
            hash = passwordEncoder.encode("not-a-real-password-" + System.nanoTime());
            dummyHash = hash;
        }
        return hash;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String address = clientAddress(authentication);
        Instant now = clock.instant();
        if (address != null && addressFailures.blockedFor(address, now).isPresent()) {
            log.debug("Sign-in from {} refused: too many failures from this address", address);
            throw new SignInThrottledException();
        }
        try {
            return check(authentication, address, now);
        } catch (BadCredentialsException e) {
            if (address != null) {
                addressFailures.record(address, now);
            }
            throw e;
        }
    }

    private Authentication check(Authentication authentication, String address, Instant now) {
        String email = normaliseEmail(authentication.getName());
        String password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
        Optional<CallerRepository.LoginRecord> found = callers.findLogin(email);
        if (found.isEmpty()) {
            passwordEncoder.matches(password, dummyHash());
            throw refused();
        }
        CallerRepository.LoginRecord user = found.get();
        boolean matches = passwordEncoder.matches(password, user.passwordHash());
        if (user.lockedUntil() != null && now.isBefore(user.lockedUntil())) {
            throw refused();
        }
        if (!matches) {
            int failures = callers.recordFailure(user.id(), now, now.minus(FAILURE_WINDOW));
            if (failures >= MAX_FAILURES) {
                Instant until = now.plus(LOCKOUT);
                callers.lock(user.id(), until);
                log.info("User {} locked after {} failed sign-ins, the last from {}", user.id(), failures, address);
                lockedOut(new SignInLockedOut(user.id(), user.accountId(), now, until, address == null ? "unknown" : address));
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

    /** Tells whoever listens (the user's notifications); a failure there must not undo or hide the lock. */
    private void lockedOut(SignInLockedOut event) {
        try {
            events.publishEvent(event);
        } catch (RuntimeException e) {
            log.warn("Could not tell user {} about their lockout", event.userId(), e);
        }
    }

    /** The client's address as the sign-in form's request gave it (null for a sign-in without a request). */
    private static String clientAddress(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
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
