package com.publisherportal.subscriptions.emulator;

import com.publisherportal.onboarding.OfferService;
import com.publisherportal.technical.TechnicalConfigurationService;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.publisherportal.subscriptions.MarketplaceApi.Action;
import com.publisherportal.subscriptions.MarketplaceApi.Operation;
import com.publisherportal.subscriptions.MarketplaceApi.Party;
import com.publisherportal.subscriptions.MarketplaceApi.Subscription;
import com.publisherportal.subscriptions.MarketplaceApi.SubscriptionStatus;
import com.publisherportal.subscriptions.MarketplaceApi.Term;
import com.publisherportal.subscriptions.MarketplaceApi.UsageEvent;
import com.publisherportal.subscriptions.MarketplaceApi.UsageResult;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The marketplace's state in the emulator, in memory: subscriptions with their landing-page
 * tokens (valid 24 hours, spent once the purchase is activated), operations, and accepted usage
 * events (one per subscription, dimension and hour, as the Metering API allows). It sends webhook
 * calls as the marketplace does, with an RS256 bearer JWT from its own key (published at
 * {@code /emulator/marketplace/keys}), and can be told to fail the next usage calls with a 500.
 */
@Component
@Profile("marketplace-emulator")
public class MarketplaceEmulator {

    static final Duration TOKEN_LIFETIME = Duration.ofHours(24);
    static final Duration USAGE_WINDOW = Duration.ofHours(24);

    /** A purchase's mutable state in the marketplace. */
    static final class EmulatedSubscription {
        final String id;
        final String publisherId;
        final String offerId;
        final String name;
        final Party purchaser;
        final Party beneficiary;
        final String webhookUrl;
        final boolean isTest;
        /** The plans' meter dimensions the Metering API knows for this offer; null: any. */
        volatile List<String> dimensions;
        volatile String planId;
        volatile Integer quantity;
        volatile SubscriptionStatus status = SubscriptionStatus.PendingFulfillmentStart;
        volatile LocalDate termStart;
        volatile LocalDate termEnd;

        EmulatedSubscription(String id, String publisherId, String offerId, String name, Party purchaser,
                             Party beneficiary, String webhookUrl, String planId, Integer quantity, boolean isTest) {
            this.id = id;
            this.publisherId = publisherId;
            this.offerId = offerId;
            this.name = name;
            this.purchaser = purchaser;
            this.beneficiary = beneficiary;
            this.webhookUrl = webhookUrl;
            this.planId = planId;
            this.quantity = quantity;
            this.isTest = isTest;
        }

        Subscription toApi() {
            return new Subscription(id, publisherId, offerId, name, status, beneficiary, purchaser, planId, quantity,
                    termStart == null ? null : new Term("P1M", termStart.toString(), termEnd.toString()), true, isTest,
                    false, List.of("Delete", "Update", "Read"), "None", "None");
        }
    }

    record PurchaseToken(String subscriptionId, Instant expiresAt) {
    }

    /** What a purchase needs: who buys what, and where the marketplace sends the customer and its webhook calls. */
    public record Purchase(String publisherId, String offerId, String planId, Integer quantity, String purchaserEmail,
                           String beneficiaryEmail, String name, String landingPageUrl, String webhookUrl,
                           List<String> dimensions) {
    }

    /** A purchase made: the subscription's id, its token and the landing page's URL with the token. */
    public record Purchased(String subscriptionId, String token, String landingUrl) {
    }

    /** A webhook call sent: the operation and the portal's HTTP status. */
    public record WebhookSent(String operationId, int status, String body) {
    }

    private final Map<String, EmulatedSubscription> subscriptions = new ConcurrentHashMap<>();
    private final Map<String, PurchaseToken> tokens = new ConcurrentHashMap<>();
    private final Map<String, Operation> operations = new ConcurrentHashMap<>();
    private final Map<String, UsageResult> acceptedUsage = new ConcurrentHashMap<>();
    private final AtomicInteger usageFailures = new AtomicInteger();
    private final AtomicInteger usageCalls = new AtomicInteger();
    private final SecureRandom random = new SecureRandom();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final RSAKey signingKey;
    private final Clock clock;
    private final ObjectMapper json;
    private final String issuer;
    private final String audience;
    private final String accessToken;
    private final OfferService offers;
    private final TechnicalConfigurationService technical;

    MarketplaceEmulator(Clock clock, ObjectMapper json, OfferService offers, TechnicalConfigurationService technical,
                        @Value("${portal.marketplace.webhook-issuer:}") String issuer,
                        @Value("${portal.marketplace.webhook-audience:}") String audience,
                        @Value("${portal.marketplace.access-token:}") String accessToken) throws JOSEException {
        this.clock = clock;
        this.json = json;
        this.offers = offers;
        this.technical = technical;
        this.issuer = issuer;
        this.audience = audience;
        this.accessToken = accessToken;
        this.signingKey = new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).keyID("emulator-" + UUID.randomUUID())
                .generate();
    }

    // The marketplace's side of the APIs

    boolean authorized(String authorization) {
        return authorization != null && authorization.equals("Bearer " + accessToken);
    }

    Map<String, Object> publicKeys() {
        return new JWKSet(signingKey.toPublicJWK()).toJSONObject();
    }

    /** A purchase made in the marketplace: a subscription waiting for fulfilment and its landing-page token. */
    public Purchased purchase(Purchase purchase) {
        String id = UUID.randomUUID().toString();
        String beneficiary = purchase.beneficiaryEmail() == null ? purchase.purchaserEmail() : purchase.beneficiaryEmail();
        EmulatedSubscription s = new EmulatedSubscription(id, purchase.publisherId(), purchase.offerId(),
                purchase.name() == null ? purchase.offerId() + " subscription" : purchase.name(),
                party(purchase.purchaserEmail()), party(beneficiary), purchase.webhookUrl(), purchase.planId(),
                purchase.quantity(), false);
        s.dimensions = purchase.dimensions() == null ? null : List.copyOf(purchase.dimensions());
        subscriptions.put(id, s);
        String token = token();
        tokens.put(token, new PurchaseToken(id, clock.instant().plus(TOKEN_LIFETIME)));
        String landing = purchase.landingPageUrl() == null ? null
                : purchase.landingPageUrl() + (purchase.landingPageUrl().contains("?") ? "&" : "?") + "token="
                + java.net.URLEncoder.encode(token, java.nio.charset.StandardCharsets.UTF_8);
        return new Purchased(id, token, landing);
    }

    /** The subscription a token names, while the token is valid and its purchase not yet activated. */
    Optional<EmulatedSubscription> resolve(String token) {
        PurchaseToken t = token == null ? null : tokens.get(token);
        if (t == null || clock.instant().isAfter(t.expiresAt())) {
            return Optional.empty();
        }
        EmulatedSubscription s = subscriptions.get(t.subscriptionId());
        return s == null || s.status != SubscriptionStatus.PendingFulfillmentStart ? Optional.empty() : Optional.of(s);
    }

    Optional<EmulatedSubscription> subscription(String id) {
        return Optional.ofNullable(subscriptions.get(id));
    }

    List<EmulatedSubscription> subscriptions() {
        return List.copyOf(subscriptions.values());
    }

    /** Activation: the subscription is Subscribed and its monthly term starts today. */
    void activate(EmulatedSubscription s, String planId, Integer quantity) {
        synchronized (s) {
            s.planId = planId;
            if (quantity != null) {
                s.quantity = quantity;
            }
            s.status = SubscriptionStatus.Subscribed;
            s.termStart = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
            s.termEnd = s.termStart.plusMonths(1).minusDays(1);
        }
    }

    Optional<Operation> operation(String id) {
        return Optional.ofNullable(operations.get(id));
    }

    /** The publisher's answer to an operation in progress: Success applies the change. */
    void completeOperation(Operation op, boolean success) {
        EmulatedSubscription s = subscriptions.get(op.subscriptionId());
        if (success && s != null) {
            synchronized (s) {
                if (op.action() == Action.ChangePlan) s.planId = op.planId();
                if (op.action() == Action.ChangeQuantity) s.quantity = op.quantity();
                if (op.action() == Action.Reinstate) s.status = SubscriptionStatus.Subscribed;
            }
        }
        operations.put(op.id(), withStatus(op, success ? "Succeeded" : "Failed"));
    }

    /**
     * An operation the marketplace starts (a customer's change in the Azure portal, a renewal, a
     * suspension for non-payment…), sent to the subscription's webhook. Plan and quantity changes and
     * reinstatements wait for the publisher's answer (InProgress); the others have happened (Succeeded).
     */
    public WebhookSent startOperation(String subscriptionId, Action action, String planId, Integer quantity) {
        EmulatedSubscription s = subscriptions.get(subscriptionId);
        if (s == null) {
            throw new IllegalArgumentException("No subscription " + subscriptionId);
        }
        boolean waits = action == Action.ChangePlan || action == Action.ChangeQuantity || action == Action.Reinstate;
        synchronized (s) {
            switch (action) {
                case Renew -> {
                    s.termStart = s.termEnd == null ? LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC) : s.termEnd.plusDays(1);
                    s.termEnd = s.termStart.plusMonths(1).minusDays(1);
                }
                case Suspend -> s.status = SubscriptionStatus.Suspended;
                case Unsubscribe -> s.status = SubscriptionStatus.Unsubscribed;
                default -> {
                }
            }
        }
        Operation op = new Operation(UUID.randomUUID().toString(), UUID.randomUUID().toString(), s.id, s.offerId,
                s.publisherId, planId != null ? planId : s.planId, quantity != null ? quantity : s.quantity, action,
                clock.instant().toString(), waits ? "InProgress" : "Succeeded", "Azure", s.toApi(), null);
        operations.put(op.id(), op);
        return send(s.webhookUrl, op);
    }

    /** Sends (or sends again, for the idempotency test) an operation to a webhook URL, signed. */
    public WebhookSent send(String webhookUrl, Operation op) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(webhookUrl))
                    .timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json")
                    .header("Authorization", "Bearer " + signedTokenFor(op.publisherId(), op.offerId()))
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(op))).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new WebhookSent(op.id(), response.statusCode(), response.body());
        } catch (IOException e) {
            return new WebhookSent(op.id(), 0, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new WebhookSent(op.id(), 0, "interrupted");
        }
    }

    /**
     * The bearer JWT of a webhook call for an offer: the marketplace's issuer, the offer's application
     * as audience (the Entra application id of its technical configuration, as the marketplace knows it
     * from Partner Center; else the configured audience), 1 hour.
     */
    public String signedTokenFor(String publisherId, String offerId) {
        String offerAudience = offers.findByAddress(publisherId, offerId)
                .flatMap(o -> technical.webhookAudience(o.id())).orElse(audience);
        return signedToken(offerAudience);
    }

    /** The bearer JWT of a webhook call with the given audience (a test's token for the wrong application). */
    public String signedToken(String audience) {
        Instant now = clock.instant();
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(issuer).audience(audience)
                .subject("marketplace").issueTime(Date.from(now)).notBeforeTime(Date.from(now.minusSeconds(60)))
                .expirationTime(Date.from(now.plus(Duration.ofHours(1)))).jwtID(UUID.randomUUID().toString()).build();
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(signingKey.getKeyID()).build(), claims);
            jwt.sign(new RSASSASigner(signingKey));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The next {@code count} usage calls answer 500 without recording anything. */
    public void failNextUsageCalls(int count) {
        usageFailures.set(count);
    }

    boolean failThisUsageCall() {
        usageCalls.incrementAndGet();
        return usageFailures.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0;
    }

    /** Usage calls received (failed ones included), for the tests' count of what was sent. */
    public int usageCalls() {
        return usageCalls.get();
    }

    /** Accepted usage events, for the tests: none may appear twice. */
    public List<UsageResult> acceptedUsage() {
        return List.copyOf(acceptedUsage.values());
    }

    /**
     * One usage event's result, as the Metering API decides it: an unknown or inactive
     * subscription, a dimension its plan lacks, a quantity not above zero, a time outside the past
     * 24 hours, or a second event for the same subscription, dimension and hour (Duplicate).
     */
    UsageResult record(UsageEvent e) {
        Instant now = clock.instant();
        Instant start;
        try {
            start = parseTime(e.effectiveStartTime());
        } catch (RuntimeException bad) {
            return result(e, null, "BadArgument", "effectiveStartTime is not a date and time");
        }
        EmulatedSubscription s = e.resourceId() == null ? null : subscriptions.get(e.resourceId());
        if (s == null || s.status != SubscriptionStatus.Subscribed) {
            return result(e, null, "ResourceNotFound", "The resource is not found or not subscribed");
        }
        if (e.planId() == null || !e.planId().equals(s.planId)) {
            return result(e, null, "BadArgument", "The plan is not the subscription's plan");
        }
        if (e.quantity() == null || e.quantity().compareTo(BigDecimal.ZERO) <= 0) {
            return result(e, null, "InvalidQuantity", "The quantity must be above zero");
        }
        if (e.dimension() == null || (s.dimensions != null && !s.dimensions.contains(e.dimension()))) {
            return result(e, null, "InvalidDimension", "The dimension is not one of the plan's");
        }
        if (start.isBefore(now.minus(USAGE_WINDOW)) || start.isAfter(now.plusSeconds(300))) {
            return result(e, null, "Expired", "Usage older than 24 hours or in the future is not accepted");
        }
        String key = s.id + "|" + e.dimension() + "|" + start.truncatedTo(ChronoUnit.HOURS);
        UsageResult accepted = new UsageResult(UUID.randomUUID().toString(), "Accepted", now.toString(), e.resourceId(),
                e.quantity(), e.dimension(), e.effectiveStartTime(), e.planId(), null);
        UsageResult previous = acceptedUsage.putIfAbsent(key, accepted);
        if (previous != null) {
            return new UsageResult(previous.usageEventId(), "Duplicate", now.toString(), e.resourceId(), e.quantity(),
                    e.dimension(), e.effectiveStartTime(), e.planId(),
                    new com.publisherportal.subscriptions.MarketplaceApi.ErrorDetail("Conflict",
                            "This usage event already exist.", "usageEvent"));
        }
        return accepted;
    }

    private UsageResult result(UsageEvent e, String id, String status, String message) {
        return new UsageResult(id, status, clock.instant().toString(), e.resourceId(), e.quantity(), e.dimension(),
                e.effectiveStartTime(), e.planId(),
                new com.publisherportal.subscriptions.MarketplaceApi.ErrorDetail(status, message, "usageEvent"));
    }

    static Instant parseTime(String value) {
        // The marketplace takes ISO 8601 in UTC, with or without the offset.
        return value.endsWith("Z") || value.contains("+") ? Instant.parse(value)
                : java.time.LocalDateTime.parse(value).toInstant(ZoneOffset.UTC);
    }

    private static Operation withStatus(Operation op, String status) {
        return new Operation(op.id(), op.activityId(), op.subscriptionId(), op.offerId(), op.publisherId(), op.planId(),
                op.quantity(), op.action(), op.timeStamp(), status, op.operationRequestSource(), op.subscription(),
                op.purchaseToken());
    }

    private static Party party(String email) {
        return new Party(email, UUID.nameUUIDFromBytes(("o" + email).getBytes()).toString(),
                UUID.nameUUIDFromBytes(("t" + email).getBytes()).toString(), null);
    }

    private String token() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
