package com.publisherportal.subscriptions;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.publisherportal.onboarding.Offer;
import com.publisherportal.onboarding.OfferService;
import com.publisherportal.subscriptions.MarketplaceApi.Action;
import com.publisherportal.subscriptions.MarketplaceApi.Operation;
import com.publisherportal.subscriptions.MarketplaceApi.SubscriptionStatus;
import com.publisherportal.subscriptions.emulator.MarketplaceEmulator;
import com.publisherportal.testsupport.MutableClock;
import com.publisherportal.testsupport.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.ObjectMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Date;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A SaaS purchase from the landing page to Subscribed, and every webhook action, against the
 * marketplace emulator over real HTTP, on H2 and PostgreSQL (the portal's client calls the emulator's endpoints; the
 * emulator calls the portal's webhook with its signed token).
 */
abstract class SubscriptionsHttpContract {

    static final String CUSTOMER = "owner@fabrikam.example";

    @LocalServerPort int port;
    @Autowired SignIn signIn;
    @Autowired OfferService offers;
    @Autowired SubscriptionService subscriptions;
    @Autowired MarketplaceClient marketplace;
    @Autowired MarketplaceEmulator emulator;
    @Autowired MutableClock clock;
    @Autowired ObjectMapper json;
    @Autowired JdbcClient jdbc;
    @Autowired com.publisherportal.technical.TechnicalConfigurationService technical;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    Offer analytics() {
        return offers.findByAddress("contoso", "contoso-analytics").orElseThrow();
    }

    String webhookUrl() {
        return "http://localhost:" + port + "/api/saas/webhook/" + analytics().id();
    }

    /** A purchase made in the emulator through its HTTP admin API, by the given customer. */
    MarketplaceEmulator.Purchased purchase(String customer, int quantity) throws Exception {
        String body = json.writeValueAsString(new MarketplaceEmulator.Purchase("contoso", "contoso-analytics", "enterprise",
                quantity, customer, null, "Analytics for Fabrikam", "http://localhost:" + port + "/saas/landing/" + analytics().id(),
                webhookUrl(), List.of("api-calls")));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/emulator/marketplace/admin/purchases")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(201);
        return json.readValue(response.body(), MarketplaceEmulator.Purchased.class);
    }

    /** A purchase activated on the landing page by the customer. */
    SaasSubscription subscribed(int quantity) throws Exception {
        MarketplaceEmulator.Purchased purchased = purchase(CUSTOMER, quantity);
        signIn.as(CUSTOMER);
        SaasSubscription s = subscriptions.activate(analytics().id(), purchased.token());
        SignIn.out();
        return s;
    }

    MarketplaceEmulator.WebhookSent operation(String subscriptionId, Action action, String planId, Integer quantity) throws Exception {
        java.util.Map<String, Object> request = new java.util.LinkedHashMap<>();
        request.put("action", action.name());
        if (planId != null) request.put("planId", planId);
        if (quantity != null) request.put("quantity", quantity);
        String body = json.writeValueAsString(request);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/emulator/marketplace/admin/subscriptions/" + subscriptionId + "/operations"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return json.readValue(response.body(), MarketplaceEmulator.WebhookSent.class);
    }

    SaasSubscription register(String subscriptionId) {
        return subscriptions.forWebhook(subscriptionId).orElseThrow();
    }

    int historySize(SaasSubscription s) {
        return jdbc.sql("SELECT COUNT(*) FROM saas_operation WHERE subscription_ref = :r").param("r", s.ref())
                .query(Integer.class).single();
    }

    @Test
    void aPurchaseGoesFromTheLandingPageToSubscribedAndItsTokenServesOnce() throws Exception {
        MarketplaceEmulator.Purchased purchased = purchase(CUSTOMER, 12);
        assertThat(purchased.landingUrl()).contains("/saas/landing/" + analytics().id() + "?token=");
        signIn.as(CUSTOMER);

        PendingPurchase pending = subscriptions.pendingPurchase(analytics().id(), purchased.token());
        assertThat(pending.offerName()).isEqualTo("Contoso Analytics");
        assertThat(pending.planId()).isEqualTo("enterprise");
        assertThat(pending.quantity()).isEqualTo(12);
        assertThat(pending.purchaserEmail()).isEqualTo(CUSTOMER);
        assertThat(pending.beneficiaryEmail()).isEqualTo(CUSTOMER);
        assertThat(marketplace.subscription(pending.subscriptionId()).saasSubscriptionStatus())
                .isEqualTo(SubscriptionStatus.PendingFulfillmentStart);

        SaasSubscription active = subscriptions.activate(analytics().id(), purchased.token());
        assertThat(active.status()).isEqualTo(SubscriptionStatus.Subscribed);
        assertThat(active.quantity()).isEqualTo(12);
        assertThat(active.termStart()).isNotNull();
        assertThat(active.termEnd()).isAfter(active.termStart());
        assertThat(active.accountId()).isEqualTo(analytics().accountId());
        assertThat(marketplace.subscription(pending.subscriptionId()).saasSubscriptionStatus())
                .isEqualTo(SubscriptionStatus.Subscribed);
        int notified = jdbc.sql("""
                        SELECT COUNT(*) FROM notification n JOIN membership m ON m.user_id = n.user_id
                         WHERE n.message_key = 'subscriptions.notification.new' AND m.account_id = :a AND m.role = 'OWNER'""")
                .param("a", analytics().accountId()).query(Integer.class).single();
        assertThat(notified).isPositive();

        // The same link again: the token is spent.
        assertThatThrownBy(() -> subscriptions.pendingPurchase(analytics().id(), purchased.token()))
                .isInstanceOfSatisfying(PurchaseException.class, e -> assertThat(e.problem()).isEqualTo(PurchaseException.Problem.BAD_TOKEN));
        assertThatThrownBy(() -> subscriptions.activate(analytics().id(), purchased.token()))
                .isInstanceOf(PurchaseException.class);
    }

    @Test
    void badExpiredForeignAndOtherOffersTokensAreRefusedInWords() throws Exception {
        signIn.as(CUSTOMER);
        assertThatThrownBy(() -> subscriptions.pendingPurchase(analytics().id(), "not-a-token"))
                .isInstanceOfSatisfying(PurchaseException.class, e -> assertThat(e.problem()).isEqualTo(PurchaseException.Problem.BAD_TOKEN));
        assertThatThrownBy(() -> subscriptions.pendingPurchase(analytics().id(), null))
                .isInstanceOfSatisfying(PurchaseException.class, e -> assertThat(e.problem()).isEqualTo(PurchaseException.Problem.BAD_TOKEN));

        MarketplaceEmulator.Purchased purchased = purchase(CUSTOMER, 5);
        long otherOffer = offers.findByAddress("fabrikam", "fabrikam-sync").orElseThrow().id();
        assertThatThrownBy(() -> subscriptions.pendingPurchase(otherOffer, purchased.token()))
                .isInstanceOfSatisfying(PurchaseException.class, e -> assertThat(e.problem()).isEqualTo(PurchaseException.Problem.OTHER_OFFER));

        signIn.as("developer@fabrikam.example");
        assertThatThrownBy(() -> subscriptions.pendingPurchase(analytics().id(), purchased.token()))
                .isInstanceOfSatisfying(PurchaseException.class, e -> assertThat(e.problem()).isEqualTo(PurchaseException.Problem.NOT_THE_CUSTOMER));

        signIn.as(CUSTOMER);
        clock.advance(Duration.ofHours(25));
        try {
            assertThatThrownBy(() -> subscriptions.pendingPurchase(analytics().id(), purchased.token()))
                    .isInstanceOfSatisfying(PurchaseException.class, e -> assertThat(e.problem()).isEqualTo(PurchaseException.Problem.BAD_TOKEN));
        } finally {
            clock.advance(Duration.ofHours(-25));
        }
    }

    @Test
    void theLandingPageAsksAnAnonymousVisitorToSignIn() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/saas/landing/" + analytics().id() + "?token=abc")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isIn(200, 302);
        if (response.statusCode() == 302) {
            assertThat(response.headers().firstValue("Location").orElse("")).contains("/login");
        }
        assertThat(response.body()).doesNotContain("Exception");
    }

    @Test
    void eachWebhookActionChangesTheRegisterOnceAndIsConfirmed() throws Exception {
        SaasSubscription s = subscribed(10);
        String id = s.subscriptionId();

        MarketplaceEmulator.WebhookSent plan = operation(id, Action.ChangePlan, "standard", null);
        assertThat(plan.status()).isEqualTo(200);
        assertThat(register(id).planId()).isEqualTo("standard");
        // The marketplace waited for the publisher's answer: the portal confirmed it.
        assertThat(marketplace.operation(id, plan.operationId()).status()).isEqualTo("Succeeded");
        assertThat(marketplace.subscription(id).planId()).isEqualTo("standard");

        MarketplaceEmulator.WebhookSent twenty = operation(id, Action.ChangeQuantity, null, 20);
        assertThat(twenty.status()).isEqualTo(200);
        assertThat(register(id).quantity()).isEqualTo(20);
        assertThat(operation(id, Action.ChangeQuantity, null, 30).status()).isEqualTo(200);
        assertThat(register(id).quantity()).isEqualTo(30);
        int before = historySize(register(id));

        // The first quantity change delivered again: nothing changes.
        Operation again = marketplace.operation(id, twenty.operationId());
        MarketplaceEmulator.WebhookSent repeated = emulator.send(webhookUrl(), again);
        assertThat(repeated.status()).isEqualTo(200);
        assertThat(repeated.body()).contains("ALREADY_APPLIED");
        assertThat(register(id).quantity()).isEqualTo(30);
        assertThat(historySize(register(id))).isEqualTo(before);

        var termEnd = register(id).termEnd();
        assertThat(operation(id, Action.Renew, null, null).status()).isEqualTo(200);
        assertThat(register(id).termStart()).isEqualTo(termEnd.plusDays(1));

        assertThat(operation(id, Action.Suspend, null, null).status()).isEqualTo(200);
        assertThat(register(id).status()).isEqualTo(SubscriptionStatus.Suspended);

        MarketplaceEmulator.WebhookSent reinstate = operation(id, Action.Reinstate, null, null);
        assertThat(reinstate.status()).isEqualTo(200);
        assertThat(register(id).status()).isEqualTo(SubscriptionStatus.Subscribed);
        assertThat(marketplace.operation(id, reinstate.operationId()).status()).isEqualTo("Succeeded");

        assertThat(operation(id, Action.Unsubscribe, null, null).status()).isEqualTo(200);
        SaasSubscription cancelled = register(id);
        assertThat(cancelled.status()).isEqualTo(SubscriptionStatus.Unsubscribed);
        assertThat(cancelled.cancelledAt()).isNotNull();
        int notified = jdbc.sql("SELECT COUNT(*) FROM notification WHERE message_key = 'subscriptions.notification.cancelled'")
                .query(Integer.class).single();
        assertThat(notified).isPositive();

        signIn.as("owner@contoso.example");
        assertThat(subscriptions.history(cancelled.accountId(), id)).extracting(SubscriptionOperation::action)
                .containsExactly(Action.Subscribe, Action.ChangePlan, Action.ChangeQuantity, Action.ChangeQuantity,
                        Action.Renew, Action.Suspend, Action.Reinstate, Action.Unsubscribe);
    }

    HttpResponse<String> postWebhook(String authorization, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(webhookUrl())).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    String operationJson(String subscriptionId, String operationId) {
        return """
                {"id":"%s","activityId":"a","subscriptionId":"%s","offerId":"contoso-analytics","publisherId":"contoso",
                 "planId":"standard","quantity":3,"action":"ChangeQuantity","timeStamp":"2026-12-01T10:00:00Z","status":"Succeeded"}"""
                .formatted(operationId, subscriptionId);
    }

    @Test
    void unsignedWronglySignedAndMalformedWebhookCallsAreRefused() throws Exception {
        SaasSubscription s = subscribed(4);
        String body = operationJson(s.subscriptionId(), java.util.UUID.randomUUID().toString());

        HttpResponse<String> none = postWebhook(null, body);
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");

        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer("https://sts.windows.net/emulator-tenant/")
                .audience("9b2e6f4a-0000-4e5f-8a7b-emulatorapp01").issueTime(new Date())
                .expirationTime(new Date(System.currentTimeMillis() + 3_600_000)).build();
        assertThat(postWebhook("Bearer " + new PlainJWT(claims).serialize(), body).statusCode()).isEqualTo(401);

        RSAKey foreign = new RSAKeyGenerator(2048).keyID("foreign").generate();
        SignedJWT forged = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("foreign").build(), claims);
        forged.sign(new RSASSASigner(foreign));
        assertThat(postWebhook("Bearer " + forged.serialize(), body).statusCode()).isEqualTo(401);
        assertThat(postWebhook("Bearer garbage", body).statusCode()).isEqualTo(401);
        assertThat(register(s.subscriptionId()).quantity()).isEqualTo(4);

        String good = "Bearer " + emulator.signedTokenFor("contoso", "contoso-analytics");
        HttpResponse<String> malformed = postWebhook(good, "{not json");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        assertThat(postWebhook(good, "{\"id\":\"x\"}").statusCode()).isEqualTo(400);

        HttpResponse<String> unknown = postWebhook(good, operationJson(java.util.UUID.randomUUID().toString(), "op-unknown"));
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");

        HttpResponse<String> applied = postWebhook(good, body);
        assertThat(applied.statusCode()).isEqualTo(200);
        assertThat(register(s.subscriptionId()).quantity()).isEqualTo(3);
    }

    @Test
    void aTokenForAnotherOffersApplicationIsRefused() throws Exception {
        SaasSubscription s = subscribed(4);
        String body = operationJson(s.subscriptionId(), java.util.UUID.randomUUID().toString());
        // Fabrikam Sync's Entra application (its technical configuration): a real marketplace token, not for this offer.
        signIn.as("owner@fabrikam.example");
        long fabrikamSync = offers.findByAddress("fabrikam", "fabrikam-sync").orElseThrow().id();
        String fabrikamApp = technical.configuration(fabrikamSync).saas().applicationId();
        SignIn.out();
        signIn.as("owner@contoso.example");
        String contosoApp = technical.configuration(analytics().id()).saas().applicationId();
        SignIn.out();
        assertThat(fabrikamApp).isNotBlank().isNotEqualTo(contosoApp);

        assertThat(postWebhook("Bearer " + emulator.signedToken(fabrikamApp), body).statusCode()).isEqualTo(401);
        // Nor the portal-wide audience, now that the offer names its own application.
        assertThat(postWebhook("Bearer " + emulator.signedToken("9b2e6f4a-0000-4e5f-8a7b-emulatorapp01"), body).statusCode())
                .isEqualTo(401);
        assertThat(register(s.subscriptionId()).quantity()).isEqualTo(4);

        assertThat(postWebhook("Bearer " + emulator.signedToken(contosoApp), body).statusCode()).isEqualTo(200);
        assertThat(register(s.subscriptionId()).quantity()).isEqualTo(3);
    }

    @Test
    void theClientReportsTheMarketplacesErrors() {
        assertThatThrownBy(() -> marketplace.subscription("no-such-subscription"))
                .isInstanceOfSatisfying(MarketplaceException.class, e -> {
                    assertThat(e.status()).isEqualTo(404);
                    assertThat(e.code()).isEqualTo("EntityNotFound");
                    assertThat(e.transientFailure()).isFalse();
                });
        assertThatThrownBy(() -> marketplace.resolve("bad"))
                .isInstanceOfSatisfying(MarketplaceException.class, e -> assertThat(e.status()).isEqualTo(400));
    }
}
