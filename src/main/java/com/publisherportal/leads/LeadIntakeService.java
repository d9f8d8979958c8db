package com.publisherportal.leads;

import com.publisherportal.common.NotFoundException;
import com.publisherportal.common.audit.AuditService;
import com.publisherportal.onboarding.Offer;
import com.publisherportal.onboarding.OfferService;
import com.publisherportal.security.AccountAccess;
import com.publisherportal.security.AccountRole;
import com.publisherportal.security.CurrentUser;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Receives leads posted by the marketplace to an account's intake URL and applies the rules of
 * domain.md 7; manages the intake token. Posting needs no sign-in: the unguessable token in the
 * URL is the credential, and it only ever writes into its own account's inbox.
 */
@Service
public class LeadIntakeService {

    /** Largest body accepted. */
    public static final int MAX_BODY_BYTES = 64 * 1024;
    /** A repeat of the same lead within this window updates it instead of adding one. */
    public static final Duration DEDUPE_WINDOW = Duration.ofHours(24);
    public static final int IDEMPOTENCY_KEY_MAX = 200;

    private static final Pattern TOKEN_SHAPE = Pattern.compile("[A-Za-z0-9_-]{16,100}");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int ATTEMPTS = 5;
    private static final int HINTS_MAX = 10_000;
    private static final long OFFER_CACHE_NANOS = 30_000_000_000L;

    private final Map<String, Long> knownTokens = new ConcurrentHashMap<>();
    private final Map<String, CachedOffer> offerCache = new ConcurrentHashMap<>();

    private final IntakeTokenRepository tokens;
    private final LeadRepository leads;
    private final OfferService offers;
    private final IntakeRateLimiter rateLimiter;
    private final AccountAccess access;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final TransactionTemplate transactions;
    private final Clock clock;

    LeadIntakeService(IntakeTokenRepository tokens, LeadRepository leads, OfferService offers,
                      IntakeRateLimiter rateLimiter, AccountAccess access, CurrentUser currentUser, AuditService audit,
                      PlatformTransactionManager transactionManager, Clock clock) {
        this.tokens = tokens;
        this.leads = leads;
        this.offers = offers;
        this.rateLimiter = rateLimiter;
        this.access = access;
        this.currentUser = currentUser;
        this.audit = audit;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    // ---- the public endpoint

    /**
     * Stores a posted lead in the token's account, or counts it as a repeat of an existing one.
     * Returns once the lead is committed.
     *
     * @throws NotFoundException        for an unknown or rotated token
     * @throws IntakeRejectedException  when the token posts faster than its rate
     */
    public IntakeResult receive(String token, LeadPayload payload, String idempotencyKey) {
        return store(authorize(token), payload, idempotencyKey);
    }

    /**
     * The account of a token that may post now; checked before the body is read.
     *
     * @throws NotFoundException        for an unknown or rotated token
     * @throws IntakeRejectedException  when the token posts faster than its rate
     */
    public IntakeGrant authorize(String token) {
        long accountId = accountFor(token).orElseThrow(() -> new NotFoundException("intake-token"));
        OptionalLong wait = rateLimiter.acquire(accountId);
        if (wait.isPresent()) {
            throw new IntakeRejectedException(wait.getAsLong());
        }
        return new IntakeGrant(accountId, token);
    }

    /** Stores a lead for an account whose token {@link #authorize} accepted; returns once it is committed. */
    public IntakeResult store(IntakeGrant grant, LeadPayload payload, String idempotencyKey) {
        return ingest(grant, payload, idempotencyKey, clock.instant());
    }

    /**
     * The account a token belongs to; malformed tokens are refused without a database query.
     * Accepted tokens are remembered to spare the busy path a query; that memory is only a
     * hint, because every insert checks the token again in the same statement, and a rotation
     * forgets the account's old token here at once.
     */
    Optional<Long> accountFor(String token) {
        if (token == null || !TOKEN_SHAPE.matcher(token).matches()) {
            return Optional.empty();
        }
        Long known = knownTokens.get(token);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<Long> found = tokens.accountFor(token);
        found.ifPresent(accountId -> {
            if (knownTokens.size() >= HINTS_MAX) {
                knownTokens.clear();
            }
            knownTokens.put(token, accountId);
        });
        return found;
    }

    /**
     * Stores or merges a lead. The insert itself checks the token and skips a lead whose
     * de-duplication digest or idempotency key is already taken; unique keys on both decide
     * between concurrent posts of the same lead (the loser's insert is skipped or fails and is
     * retried), so exactly one lead is created and every other post counts as its repeat.
     */
    IntakeResult ingest(IntakeGrant grant, LeadPayload payload, String idempotencyKey, Instant arrival) {
        // Both databases keep microseconds: stamp what will be stored, so range filters see the same time.
        Instant at = arrival.truncatedTo(ChronoUnit.MICROS);
        String idempotency = idempotencyKey == null || idempotencyKey.isBlank() ? null
                : cut(idempotencyKey.trim(), IDEMPOTENCY_KEY_MAX);
        NewLead lead = toLead(grant.accountId(), payload, idempotency, at);
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
            if (!tokens.accountFor(grant.token()).filter(id -> id == accountId).isPresent()) {
                knownTokens.remove(grant.token());
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

    /**
     * The offer a lead names, through {@link OfferService#findByAddress}, remembered for a short
     * while: the same few offers are named by every lead, and a link made a little late after an
     * offer was created is harmless.
     */
    private Optional<Offer> offer(String publisherId, String offerId) {
        String address = publisherId + "." + offerId;
        long now = System.nanoTime();
        CachedOffer cached = offerCache.get(address);
        if (cached != null && now - cached.loadedAt() < OFFER_CACHE_NANOS) {
            return cached.offer();
        }
        Optional<Offer> offer = offers.findByAddress(publisherId, offerId);
        if (offerCache.size() >= HINTS_MAX) {
            offerCache.clear();
        }
        offerCache.put(address, new CachedOffer(offer, now));
        return offer;
    }

    private record CachedOffer(Optional<Offer> offer, long loadedAt) {
    }

    /** Applies domain.md 7's rules: offer link, .edu stripping, DNC, test leads, score, follow-up clock. */
    private NewLead toLead(long accountId, LeadPayload p, String idempotencyKey, Instant at) {
        LeadSource source = LeadSource.parse(p.leadSource());
        LeadAction action = LeadAction.fromCode(p.actionCode());
        Optional<Offer> offer = source.publisherId() == null || source.offerId() == null ? Optional.empty()
                : offer(source.publisherId(), source.offerId()).filter(o -> o.accountId() == accountId);
        boolean consulting = offer.map(o -> FollowUp.consulting(o.offerType())).orElse(false);
        boolean doNotContact = action == LeadAction.DO_NOT_CONTACT
                || LeadAction.fromCode(source.sourceAction()) == LeadAction.DO_NOT_CONTACT;
        boolean educational = LeadRules.isEducational(p.email());
        String email = educational || p.email() == null ? null : cut(p.email().toLowerCase(Locale.ROOT), 254);
        String firstName = educational ? null : cut(p.firstName(), 100);
        String lastName = educational ? null : cut(p.lastName(), 100);
        String phone = educational ? null : cut(p.phone(), 50);
        String title = educational ? null : cut(p.title(), 200);
        String description = educational ? null : cut(p.description(), 4000);
        String company = cut(p.company(), 200);
        List<LeadScoring.Part> parts = LeadScoring.baseParts(action, firstName, lastName, email, phone, company, title);
        String search = String.join(" ", nonNull(firstName), nonNull(lastName), nonNull(company), nonNull(email))
                .toLowerCase(Locale.ROOT).trim();
        return new NewLead(accountId, offer.map(Offer::id).orElse(null), consulting, cut(p.actionCode(), 50), action,
                cut(p.leadSource(), 300), cut(source.source(), 50), cut(source.sourceAction(), 50),
                cut(source.offerAddress(), 120), cut(p.offerTitle(), 200), description, firstName, lastName, email,
                phone, cut(p.country(), 100), company, title, cut(search, 700), educational, doNotContact,
                p.isTestLead(), LeadScoring.base(parts), at, at.plus(FollowUp.delay(consulting)),
                dedupeKey(p, source, action), idempotencyKey);
    }

    /**
     * Same e-mail, offer, action and source make the same lead. Only a digest is kept, so the
     * key holds no readable personal data (it is also computed for .edu leads, whose address is
     * not stored). Without an e-mail a lead cannot be recognised again.
     */
    static String dedupeKey(LeadPayload p, LeadSource source, LeadAction action) {
        if (p.email() == null) {
            return null;
        }
        String offer = source.offerAddress() != null ? source.offerAddress() : nonNull(p.offerTitle());
        String actionPart = action == LeadAction.OTHER ? "other:" + nonNull(p.actionCode()) : action.name();
        String text = String.join("\n", p.email().trim().toLowerCase(Locale.ROOT), offer.toLowerCase(Locale.ROOT),
                actionPart.toLowerCase(Locale.ROOT), nonNull(source.source()).toLowerCase(Locale.ROOT));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A lead from the portal's own storefront (a visitor's call to action with their details and
     * consent), filed as the marketplace would file it and with the visit's campaign attached.
     * No caller check: the storefront is public, and the lead only ever goes to the offer's account.
     */
    public IntakeResult fromStorefront(Offer offer, String publisherId, LeadPayload payload, String campaign) {
        String token = transactions.execute(status -> tokens.tokenOf(offer.accountId()).orElseGet(() -> {
            String issued = newToken();
            tokens.store(offer.accountId(), issued, null, clock.instant());
            return issued;
        }));
        IntakeResult result = ingest(new IntakeGrant(offer.accountId(), token), payload, null, clock.instant());
        if (campaign != null) {
            transactions.executeWithoutResult(status -> leads.attachCampaign(result.leadId(), campaign));
        }
        return result;
    }

    // ---- token management (owners and managers)

    /** The account's intake token; the first call issues one. */
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

    /** Replaces the token: the old URL answers 404 from the moment this commits. */
    @Transactional
    public String rotateToken(long accountId) {
        access.requireMember(accountId, AccountRole.OWNER, AccountRole.MANAGER);
        String issued = newToken();
        tokens.store(accountId, issued, currentUser.require().userId(), clock.instant());
        audit.record(accountId, "lead-intake", String.valueOf(accountId), "LEAD_INTAKE_TOKEN_ROTATED", null);
        knownTokens.values().removeIf(id -> id == accountId);
        return issued;
    }

    /** Sets a known token without a caller check: demo data only. */
    @Transactional
    IntakeGrant storeToken(long accountId, String token) {
        if (!TOKEN_SHAPE.matcher(token).matches()) {
            throw new IllegalArgumentException("Malformed token");
        }
        tokens.store(accountId, token, null, clock.instant());
        knownTokens.values().removeIf(id -> id == accountId);
        return new IntakeGrant(accountId, token);
    }

    /** 256 random bits, URL-safe. */
    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String cut(String text, int max) {
        if (text == null) {
            return null;
        }
        return text.length() <= max ? text : text.substring(0, max);
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
