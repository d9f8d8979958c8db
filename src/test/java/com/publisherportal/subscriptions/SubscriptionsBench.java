package com.publisherportal.subscriptions;

import com.publisherportal.demo.AccountDemoData;
import com.publisherportal.onboarding.OfferService;
import com.publisherportal.subscriptions.MarketplaceApi.Action;
import com.publisherportal.subscriptions.emulator.MarketplaceEmulator;
import com.publisherportal.testsupport.SignIn;
import com.publisherportal.testsupport.TestClockConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The closing note's figures (bench/subscriptions/bench.sh, only with -Dbench=true): webhook calls
 * per second the portal confirms with the emulator as the caller (p50/p99 against the
 * marketplace's time limit), and usage events per second accepted end to end (API → portal →
 * Metering API of the emulator), on H2 over real HTTP.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "marketplace-emulator"})
@Import({TestClockConfig.class, SignIn.class})
@EnabledIfSystemProperty(named = "bench", matches = "true")
class SubscriptionsBench {

    @LocalServerPort int port;
    @Autowired SignIn signIn;
    @Autowired OfferService offers;
    @Autowired SubscriptionService subscriptions;
    @Autowired MarketplaceEmulator emulator;

    int calls = Integer.getInteger("bench.webhooks", 2000);
    int threads = Integer.getInteger("bench.threads", 8);
    int subscriptionsCount = Integer.getInteger("bench.subscriptions", 50);

    @Test
    void webhookAndUsageThroughput() throws Exception {
        long offer = offers.findByAddress("contoso", "contoso-analytics").orElseThrow().id();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < subscriptionsCount; i++) {
            MarketplaceEmulator.Purchased p = emulator.purchase(new MarketplaceEmulator.Purchase("contoso", "contoso-analytics",
                    "enterprise", 5, "owner@fabrikam.example", null, "Bench " + i, null,
                    "http://localhost:" + port + "/api/saas/webhook/" + offer, List.of("api-calls")));
            signIn.as("owner@fabrikam.example");
            ids.add(subscriptions.activate(offer, p.token()).subscriptionId());
        }
        SignIn.out();

        // Webhook: ChangeQuantity operations (InProgress, so each is also confirmed through the API).
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        Instant start = Instant.now();
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < calls; i++) {
            String id = ids.get(i % ids.size());
            int quantity = 6 + i;
            futures.add(pool.submit(() -> {
                long t0 = System.nanoTime();
                MarketplaceEmulator.WebhookSent sent = emulator.startOperation(id, Action.ChangeQuantity, null, quantity);
                latencies.add((System.nanoTime() - t0) / 1_000);
                assertThat(sent.status()).isEqualTo(200);
            }));
        }
        for (Future<?> f : futures) f.get();
        double seconds = Duration.between(start, Instant.now()).toMillis() / 1000.0;
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf("BENCH webhook: %d calls, %d threads, %.1f calls/s, p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                calls, threads, calls / seconds, sorted.get(sorted.size() / 2) / 1000.0,
                sorted.get((int) (sorted.size() * 0.99)) / 1000.0, sorted.getLast() / 1000.0);

        // Usage: every subscription reports one event per hour of the past 20 hours, 100 events a request.
        HttpClient http = HttpClient.newHttpClient();
        List<String> events = new ArrayList<>();
        Instant hour = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.HOURS);
        for (String id : ids) {
            for (int h = 1; h <= 20; h++) {
                events.add("{\"subscriptionId\":\"" + id + "\",\"dimension\":\"api-calls\",\"quantity\":1,\"effectiveStartTime\":\""
                        + hour.minus(Duration.ofHours(h)) + "\"}");
            }
        }
        Instant usageStart = Instant.now();
        List<Future<Integer>> posts = new ArrayList<>();
        for (int from = 0; from < events.size(); from += 100) {
            String body = "{\"events\":[" + String.join(",", events.subList(from, Math.min(events.size(), from + 100))) + "]}";
            posts.add(pool.submit(() -> {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/saas/usage"))
                        .header("Content-Type", "application/json").header("Authorization", "Bearer " + AccountDemoData.CONTOSO_API_KEY)
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(r.statusCode()).isEqualTo(200);
                return r.body().split("\"ACCEPTED\"", -1).length - 1;
            }));
        }
        int accepted = 0;
        for (Future<Integer> f : posts) accepted += f.get();
        double usageSeconds = Duration.between(usageStart, Instant.now()).toMillis() / 1000.0;
        pool.shutdown();
        System.out.printf("BENCH usage: %d events, %d accepted, %.1f events/s accepted end to end%n",
                events.size(), accepted, accepted / usageSeconds);
        assertThat(accepted).isEqualTo(events.size());
    }
}
