package com.publisherportal.leads;

import com.publisherportal.common.BusyException;
import com.publisherportal.common.DurableCommits;
import com.publisherportal.common.PublicAccess;
import com.publisherportal.common.NotFoundException;
import com.publisherportal.onboarding.Offer;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.OptionalLong;

/**
 * Receives leads posted by the marketplace to an account's intake URL (and the portal's own
 * storefront leads) and stores them once each. Posting needs no sign-in: the unguessable token in
 * the URL is the credential ({@link IntakeTokenService}), and it only ever writes into its own
 * account's inbox. What a lead becomes is decided by {@link LeadIntakeRules}.
 */
@Service
public class LeadIntakeService {

    /** Largest body accepted. */
    public static final int MAX_BODY_BYTES = 64 * 1024;
    /** A repeat of the same lead within this window updates it instead of adding one. */
    public static final Duration DEDUPE_WINDOW = Duration.ofHours(24);
    public static final int IDEMPOTENCY_KEY_MAX = 200;

    private static final int ATTEMPTS = 5;

    private final IntakeTokenService tokens;
    private final LeadIntakeRules rules;
    private final LeadRepository leads;
    private final IntakeRateLimiter rateLimiter;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final DurableCommits durable;

    LeadIntakeService(IntakeTokenService tokens, LeadIntakeRules rules, LeadRepository leads,
                      IntakeRateLimiter rateLimiter, PlatformTransactionManager transactionManager, Clock clock,
                      DurableCommits durable) {
        this.durable = durable;
        this.tokens = tokens;
        this.rules = rules;
        this.leads = leads;
        this.rateLimiter = rateLimiter;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /**
     * Stores a posted lead in the token's account, or counts it as a repeat of an existing one.
     * Returns once the lead is committed.
     *
     * @throws NotFoundException        for an unknown or rotated token
     * @throws BusyException           when the token posts faster than its rate (HTTP 429 with Retry-After)
     */
    @PublicAccess("Lead intake: authorises the token first (authorize).")
    public IntakeResult receive(String token, LeadPayload payload, String idempotencyKey) {
        return store(authorize(token), payload, idempotencyKey);
    }

    /**
     * The account of a token that may post now; checked before the body is read.
     *
     * @throws NotFoundException        for an unknown or rotated token
     * @throws BusyException           when the token posts faster than its rate (HTTP 429 with Retry-After)
     */
    @PublicAccess("Lead intake: the token in the URL is the credential, checked here, with the rate limit.")
    public IntakeGrant authorize(String token) {
        long accountId = tokens.accountFor(token).orElseThrow(() -> new NotFoundException("intake-token"));
        OptionalLong wait = rateLimiter.acquire(accountId);
        if (wait.isPresent()) {
            throw BusyException.tooManyRequests(wait.getAsLong());
        }
        return new IntakeGrant(accountId, token);
    }

    /**
     * Stores a lead for an account whose token {@link #authorize} accepted; returns once it is
     * committed and durable (in the database file on H2, see {@link DurableCommits}), so that its
     * 201 survives a crash.
     */
    @PublicAccess("Lead intake for a grant that authorize accepted (the token is the credential).")
    public IntakeResult store(IntakeGrant grant, LeadPayload payload, String idempotencyKey) {
        IntakeResult result = ingest(grant, payload, idempotencyKey, clock.instant());
        durable.awaitDurable();
        return result;
    }

    /**
     * A lead from the portal's own storefront (a visitor's call to action with their details and
     * consent), filed as the marketplace would file it and with the visit's campaign attached.
     * No caller check: the storefront is public, and the lead only ever goes to the offer's account.
     */
    @PublicAccess("The public storefront's calls to action; the lead only ever goes to the offer's own account.")
    public IntakeResult fromStorefront(Offer offer, String publisherId, LeadPayload payload, String campaign) {
        String token = tokens.tokenForStorefront(offer.accountId());
        IntakeResult result = ingest(new IntakeGrant(offer.accountId(), token), payload, null, clock.instant());
        if (campaign != null) {
            transactions.executeWithoutResult(status -> leads.attachCampaign(result.leadId(), campaign));
        }
        durable.awaitDurable();
        return result;
    }

    /**
     * Stores or merges a lead. The insert itself checks the token and skips a lead whose
     * de-duplication digest or idempotency key is already taken; unique keys on both decide
     * between concurrent posts of the same lead (the loser's insert is skipped or fails and is
     * retried), so exactly one lead is created and every other post counts as its repeat.
     */
    @PublicAccess("Stores a lead for a grant that authorize or the storefront issued (the token is the credential).")
    public IntakeResult ingest(IntakeGrant grant, LeadPayload payload, String idempotencyKey, Instant arrival) {
        // Both databases keep microseconds: stamp what will be stored, so range filters see the same time.
        Instant at = arrival.truncatedTo(ChronoUnit.MICROS);
        NewLead lead = rules.toLead(grant.accountId(), payload, idempotencyKey, at);
        RuntimeException last = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            try {
                return transactions.execute(status -> ingestOnce(grant, lead, at));
            } catch (DuplicateKeyException | ConcurrencyFailureException e) {
                last = e;
            }
        }
        throw last;
    }

    private IntakeResult ingestOnce(IntakeGrant grant, NewLead lead, Instant at) {
        long accountId = grant.accountId();
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            OptionalLong created = leads.insertIfAbsent(lead, grant.token());
            if (created.isPresent()) {
                return new IntakeResult(created.getAsLong(), true, 0);
            }
            // Nothing inserted: the token is gone, or the same lead is already there.
            if (!tokens.stillValid(grant)) {
                throw new NotFoundException("intake-token");
            }
            if (lead.idempotencyKey() != null) {
                var existing = leads.findByIdempotencyKey(accountId, lead.idempotencyKey());
                if (existing.isPresent()) {
                    return repeat(existing.get().id(), at);
                }
            }
            if (lead.dedupeKey() != null) {
                var existing = leads.findByDedupeKey(accountId, lead.dedupeKey());
                if (existing.isPresent()) {
                    if (existing.get().lastReceivedAt().isAfter(at.minus(DEDUPE_WINDOW))) {
                        return repeat(existing.get().id(), at);
                    }
                    // Outside its window the old lead gives up the key, and this one becomes a new lead.
                    leads.releaseDedupeKey(existing.get().id());
                }
            }
        }
        throw new ConcurrencyFailureException("The lead kept conflicting with concurrent posts");
    }

    private IntakeResult repeat(long leadId, Instant at) {
        return new IntakeResult(leadId, false, leads.registerRepeat(leadId, at));
    }
}
