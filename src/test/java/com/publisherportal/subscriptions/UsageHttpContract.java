package com.publisherportal.subscriptions;

import com.publisherportal.demo.AccountDemoData;
import com.publisherportal.onboarding.Offer;
import com.publisherportal.onboarding.OfferService;
import com.publisherportal.subscriptions.emulator.MarketplaceEmulator;
import com.publisherportal.testsupport.MutableClock;
import com.publisherportal.testsupport.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Metered usage over the portal's API (usage:write) to the emulator's Metering API, over real HTTP:
 * batches of at most 25, each event's result kept, retries that send nothing twice, 24-hour limit,
 * and one account's key never reporting for another's subscription.
 */
abstract class UsageHttpContract {

    @LocalServerPort int port;
    @Autowired SignIn signIn;
    @Autowired OfferService offers;
    @Autowired SubscriptionService subscriptions;
    @Autowired UsageService usage;
    @Autowired MarketplaceEmulator emulator;
    @Autowired MutableClock clock;
    @Autowired ObjectMapper json;
    @Autowired JdbcClient jdbc;

    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    Offer analytics() {
        return offers.findByAddress("contoso", "contoso-analytics").orElseThrow();
    }

    SaasSubscription subscribed(List<String> marketplaceDimensions) {
        MarketplaceEmulator.Purchased purchased = emulator.purchase(new MarketplaceEmulator.Purchase("contoso",
                "contoso-analytics", "enterprise", 10, "owner@fabrikam.example", null, "Usage test",
                null, "http://localhost:" + port + "/api/saas/webhook/" + analytics().id(), marketplaceDimensions));
        signIn.as("owner@fabrikam.example");
        SaasSubscription s = subscriptions.activate(analytics().id(), purchased.token());
        SignIn.out();
        return s;
    }

    record Ev(String subscriptionId, String dimension, String quantity, Instant start, String key) {
    }

    HttpResponse<String> post(String apiKey, List<Ev> events) throws Exception {
        List<java.util.Map<String, Object>> list = new ArrayList<>();
        for (Ev e : events) {
            java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
            m.put("subscriptionId", e.subscriptionId());
            m.put("dimension", e.dimension());
            m.put("quantity", new BigDecimal(e.quantity()));
            m.put("effectiveStartTime", e.start().toString());
            if (e.key() != null) m.put("idempotencyKey", e.key());
            list.add(m);
        }
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/saas/usage"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + apiKey)
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(java.util.Map.of("events", list)))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    List<String> statuses(HttpResponse<String> response) {
        List<String> statuses = new ArrayList<>();
        json.readTree(response.body()).get("results").forEach(r -> statuses.add(r.get("status").asString()));
        return statuses;
    }

    @Test
    void aBatchKeepsEachEventsResultAcceptedDuplicateAndRejectedWithItsReason() throws Exception {
        SaasSubscription s = subscribed(List.of("api-calls"));
        Instant hour = clock.instant().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(2));
        HttpResponse<String> response = post(AccountDemoData.CONTOSO_API_KEY, List.of(
                new Ev(s.subscriptionId(), "api-calls", "12.5", hour, "k1-" + s.subscriptionId()),
                // The same hour and dimension under another key: the marketplace's duplicate.
                new Ev(s.subscriptionId(), "api-calls", "3", hour.plusSeconds(600), "k2-" + s.subscriptionId()),
                new Ev(s.subscriptionId(), "no-such-meter", "1", hour, "k3-" + s.subscriptionId()),
                new Ev(s.subscriptionId(), "api-calls", "1", clock.instant().minus(Duration.ofHours(25)), "k4-" + s.subscriptionId())));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(statuses(response)).containsExactly("ACCEPTED", "DUPLICATE", "REJECTED", "REJECTED");
        JsonNode results = json.readTree(response.body()).get("results");
        assertThat(results.get(2).get("reason").asString()).contains("no-such-meter");
        assertThat(results.get(3).get("reason").asString()).contains("24 hours");
        assertThat(results.get(0).get("usageEventId").asString()).isNotBlank();

        // The same report again: the stored results, nothing sent twice.
        int calls = emulator.usageCalls();
        HttpResponse<String> again = post(AccountDemoData.CONTOSO_API_KEY, List.of(
                new Ev(s.subscriptionId(), "api-calls", "12.5", hour, "k1-" + s.subscriptionId())));
        assertThat(statuses(again)).containsExactly("ACCEPTED");
        assertThat(emulator.usageCalls()).isEqualTo(calls);

        // The owners are told of the rejected events.
        assertThat(jdbc.sql("SELECT COUNT(*) FROM notification WHERE message_key = 'subscriptions.notification.rejected-usage'")
                .query(Integer.class).single()).isPositive();

        signIn.as("finance@contoso.example");
        List<UsageMonth> months = usage.months(s.accountId(), s.subscriptionId());
        UsageMonth month = months.stream().filter(m -> m.dimension().equals("api-calls")
                && m.month().equals(java.time.YearMonth.from(hour.atZone(java.time.ZoneOffset.UTC)))).findFirst().orElseThrow();
        assertThat(month.acceptedQuantity()).isEqualByComparingTo("12.5");
        assertThat(month.accepted()).isEqualTo(1);
        assertThat(month.duplicate()).isEqualTo(1);
        assertThat(months.stream().mapToInt(UsageMonth::rejected).sum()).isEqualTo(2);
    }

    @Test
    void aMarketplaceRejectionIsKeptWithTheMarketplacesReason() throws Exception {
        SaasSubscription s = subscribed(List.of("something-else"));
        HttpResponse<String> response = post(AccountDemoData.CONTOSO_API_KEY, List.of(
                new Ev(s.subscriptionId(), "api-calls", "2", clock.instant().minus(Duration.ofMinutes(30)), null)));
        assertThat(statuses(response)).containsExactly("REJECTED");
        assertThat(json.readTree(response.body()).get("results").get(0).get("reason").asString()).contains("InvalidDimension");
    }

    @Test
    void aRetryAfterTheMarketplaceFailedSendsNoEventTwiceAndBatchesHoldAtMost25() throws Exception {
        SaasSubscription s = subscribed(List.of("api-calls"));
        int acceptedBefore = emulator.acceptedUsage().size();
        int callsBefore = emulator.usageCalls();
        emulator.failNextUsageCalls(1);
        Instant start = clock.instant().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(23));
        List<Ev> events = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            events.add(new Ev(s.subscriptionId(), "api-calls", "1", start.plus(Duration.ofMinutes(45L * i)),
                    "retry-" + i + "-" + s.subscriptionId()));
        }
        HttpResponse<String> response = post(AccountDemoData.CONTOSO_API_KEY, events);
        assertThat(response.statusCode()).isEqualTo(200);
        List<String> statuses = statuses(response);
        // 30 events over 22.5 hours: some share an hour (duplicates by the marketplace's rule), none lost, none twice.
        assertThat(statuses).doesNotContain("PENDING", "REJECTED").contains("DUPLICATE");
        List<MarketplaceApi.UsageResult> accepted = emulator.acceptedUsage().subList(0, emulator.acceptedUsage().size());
        Set<String> ids = new HashSet<>();
        accepted.forEach(r -> assertThat(ids.add(r.usageEventId())).isTrue());
        long acceptedHere = statuses.stream().filter("ACCEPTED"::equals).count();
        assertThat(emulator.acceptedUsage().size() - acceptedBefore).isEqualTo((int) acceptedHere);
        // 2 batches (25 + 5) and one failed call retried.
        assertThat(emulator.usageCalls() - callsBefore).isEqualTo(3);
    }

    @Test
    void fabrikamCannotPostUsageForContososSubscriptionNorReadItsRegister() throws Exception {
        SaasSubscription s = subscribed(List.of("api-calls"));
        int callsBefore = emulator.usageCalls();
        HttpResponse<String> response = post(AccountDemoData.FABRIKAM_API_KEY, List.of(
                new Ev(s.subscriptionId(), "api-calls", "5", clock.instant().minus(Duration.ofMinutes(5)), null)));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(statuses(response)).containsExactly("REJECTED");
        assertThat(json.readTree(response.body()).get("results").get(0).get("reason").asString()).isEqualTo("Unknown subscription");
        assertThat(emulator.usageCalls()).isEqualTo(callsBefore);

        signIn.as("owner@fabrikam.example");
        assertThatThrownBy(() -> subscriptions.find(s.accountId(), SubscriptionFilter.ALL, List.of(),
                com.publisherportal.common.RowWindow.of(0, 50))).isInstanceOf(com.publisherportal.common.NotFoundException.class);
        assertThatThrownBy(() -> subscriptions.subscription(s.accountId(), s.subscriptionId()))
                .isInstanceOf(com.publisherportal.common.NotFoundException.class);
        long fabrikam = offers.findByAddress("fabrikam", "fabrikam-sync").orElseThrow().accountId();
        assertThatThrownBy(() -> subscriptions.subscription(fabrikam, s.subscriptionId()))
                .isInstanceOf(com.publisherportal.common.NotFoundException.class);
    }

    @Test
    void theRegisterShowsStaffNoPersonalDataAndRefusesMarketers() {
        SaasSubscription s = subscribed(List.of("api-calls"));
        signIn.as("owner@contoso.example");
        assertThat(subscriptions.subscription(s.accountId(), s.subscriptionId()).purchaserEmail()).isEqualTo("owner@fabrikam.example");
        assertThat(subscriptions.find(s.accountId(), new SubscriptionFilter(Set.of(), null, s.subscriptionId()), List.of(),
                com.publisherportal.common.RowWindow.of(0, 50))).extracting(SaasSubscription::subscriptionId).containsExactly(s.subscriptionId());
        signIn.as("reviewer@portal.example");
        SaasSubscription seenByStaff = subscriptions.subscription(s.accountId(), s.subscriptionId());
        assertThat(seenByStaff.purchaserEmail()).isNull();
        assertThat(seenByStaff.beneficiaryEmail()).isNull();
        assertThat(seenByStaff.purchaserTenant()).isNull();
        assertThat(subscriptions.find(s.accountId(), SubscriptionFilter.ALL, List.of(), com.publisherportal.common.RowWindow.of(0, 500)))
                .allSatisfy(x -> assertThat(x.purchaserEmail()).isNull());
        signIn.as("marketer@contoso.example");
        assertThatThrownBy(() -> subscriptions.count(s.accountId(), SubscriptionFilter.ALL))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void aCsvUploadReportsItsEventsAndABadFileIsRefusedWithItsLine() throws Exception {
        SaasSubscription s = subscribed(List.of("api-calls"));
        String csv = "subscriptionId,dimension,quantity,effectiveStartTime\n"
                + s.subscriptionId() + ",api-calls,4," + clock.instant().minus(Duration.ofHours(3)).toString() + "\n";
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/saas/usage/csv"))
                .header("Content-Type", "text/csv").header("Authorization", "Bearer " + AccountDemoData.CONTOSO_API_KEY)
                .POST(HttpRequest.BodyPublishers.ofString(csv)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(statuses(response)).containsExactly("ACCEPTED");

        HttpResponse<String> bad = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/saas/usage/csv"))
                .header("Content-Type", "text/csv").header("Authorization", "Bearer " + AccountDemoData.CONTOSO_API_KEY)
                .POST(HttpRequest.BodyPublishers.ofString("subscriptionId,dimension,quantity,effectiveStartTime\nx,api-calls,abc,2026-01-01T00:00:00Z\n"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
    }

    @Test
    void withoutTheUsageScopeOrAKeyTheApiRefuses() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/saas/usage"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"events\":[]}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(401);
        HttpResponse<String> empty = post(AccountDemoData.CONTOSO_API_KEY, List.of());
        assertThat(empty.statusCode()).isEqualTo(400);
    }
}
