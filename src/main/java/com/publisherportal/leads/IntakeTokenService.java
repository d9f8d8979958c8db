package com.publisherportal.leads;

import com.publisherportal.audit.AuditService;
import com.publisherportal.security.AccountAccess;
import com.publisherportal.security.AccountRole;
import com.publisherportal.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The intake token of each account (docs/domain.md, Leads): issued on first use, rotated by owners and
 * managers, and looked up for each posted lead. The token in the intake URL is the credential.
 */
@Service
public class IntakeTokenService {

    private static final Pattern TOKEN_SHAPE = Pattern.compile("[A-Za-z0-9_-]{16,100}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final IntakeTokenRepository tokens;
    private final IntakeTokenCache cache;
    private final AccountAccess access;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final Clock clock;

    IntakeTokenService(IntakeTokenRepository tokens, IntakeTokenCache cache, AccountAccess access,
                       CurrentUser currentUser, AuditService audit, Clock clock) {
        this.tokens = tokens;
        this.cache = cache;
        this.access = access;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** The account's intake token; the first call issues one. Owners and managers. */
    @Transactional
    public String intakeToken(long accountId) {
        access.requireMember(accountId, AccountRole.OWNER, AccountRole.MANAGER);
        Optional<String> token = tokens.tokenOf(accountId);
        if (token.isPresent()) {
            return token.get();
        }
        String issued = newToken();
        tokens.store(accountId, issued, currentUser.require().userId(), clock.instant());
        audit.record(accountId, "lead-intake", String.valueOf(accountId), "LEAD_INTAKE_TOKEN_ISSUED", null);
        return issued;
    }

    /** Replaces the token: the old URL answers 404 from the moment this commits. Owners and managers. */
    @Transactional
    public String rotateToken(long accountId) {
        access.requireMember(accountId, AccountRole.OWNER, AccountRole.MANAGER);
        String issued = newToken();
        tokens.store(accountId, issued, currentUser.require().userId(), clock.instant());
        audit.record(accountId, "lead-intake", String.valueOf(accountId), "LEAD_INTAKE_TOKEN_ROTATED", null);
        cache.forgetAccount(accountId);
        return issued;
    }

    /**
     * The account's token, issued without a caller check or an audit entry if it has none: for
     * the portal's own storefront, whose leads go through the intake like the marketplace's.
     */
    @Transactional
    String tokenForStorefront(long accountId) {
        return tokens.tokenOf(accountId).orElseGet(() -> {
            String issued = newToken();
            tokens.store(accountId, issued, null, clock.instant());
            return issued;
        });
    }

    /**
     * The account a token belongs to; malformed tokens are refused without a database query.
     * Accepted tokens are remembered (see {@link IntakeTokenCache}) to spare the busy path a query.
     */
    Optional<Long> accountFor(String token) {
        if (token == null || !TOKEN_SHAPE.matcher(token).matches()) {
            return Optional.empty();
        }
        Optional<Long> known = cache.accountFor(token);
        if (known.isPresent()) {
            return known;
        }
        Optional<Long> found = tokens.accountFor(token);
        found.ifPresent(accountId -> cache.remember(token, accountId));
        return found;
    }

    /**
     * Whether the granted token still belongs to its account, asked of the database (not the
     * cache); a token found gone is forgotten.
     */
    boolean stillValid(IntakeGrant grant) {
        if (tokens.accountFor(grant.token()).filter(id -> id == grant.accountId()).isPresent()) {
            return true;
        }
        cache.forget(grant.token());
        return false;
    }

    /** 256 random bits, URL-safe. */
    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
