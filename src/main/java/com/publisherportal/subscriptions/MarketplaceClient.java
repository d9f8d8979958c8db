package com.publisherportal.subscriptions;

import com.publisherportal.subscriptions.MarketplaceApi.BatchRequest;
import com.publisherportal.subscriptions.MarketplaceApi.BatchResult;
import com.publisherportal.subscriptions.MarketplaceApi.Operation;
import com.publisherportal.subscriptions.MarketplaceApi.OperationUpdate;
import com.publisherportal.subscriptions.MarketplaceApi.PlanAndQuantity;
import com.publisherportal.subscriptions.MarketplaceApi.Resolved;
import com.publisherportal.subscriptions.MarketplaceApi.Subscription;
import com.publisherportal.subscriptions.MarketplaceApi.SubscriptionList;
import com.publisherportal.subscriptions.MarketplaceApi.UsageEvent;
import com.publisherportal.subscriptions.MarketplaceApi.UsageResult;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The portal's client of the marketplace's SaaS Fulfillment API v2 and Metering API, at
 * {@code portal.marketplace.base-url} (the marketplace, or the emulator). Every call carries the
 * {@code api-version}, the bearer token and fresh {@code x-ms-requestid}/{@code x-ms-correlationid};
 * an answer other than the documented success becomes a {@link MarketplaceException} with the
 * marketplace's own code and message. The client never retries by itself: callers decide what is
 * safe to send again (usage events are, by their idempotency key).
 */
@Component
public class MarketplaceClient {

    /** The Metering API's limit on one batch. */
    public static final int MAX_BATCH = 25;

    private final MarketplaceProperties properties;
    private final ObjectMapper json;
    private final HttpClient http;
    private final org.springframework.core.env.Environment environment;

    MarketplaceClient(MarketplaceProperties properties, ObjectMapper json, org.springframework.core.env.Environment environment) {
        this.properties = properties;
        this.json = json;
        this.environment = environment;
        this.http = HttpClient.newBuilder().connectTimeout(properties.timeout()).build();
    }

    /** Exchanges a landing page's token for the purchase it stands for (200), 400 when it is bad or expired. */
    public Resolved resolve(String marketplaceToken) {
        return call("POST", "/api/saas/subscriptions/resolve", null, Resolved.class, 200,
                "x-ms-marketplace-token", marketplaceToken);
    }

    /** Activates a purchase with the plan and quantity the customer confirmed (200). */
    public void activate(String subscriptionId, String planId, Integer quantity) {
        call("POST", "/api/saas/subscriptions/" + enc(subscriptionId) + "/activate",
                new PlanAndQuantity(planId, quantity), Void.class, 200);
    }

    public Subscription subscription(String subscriptionId) {
        return call("GET", "/api/saas/subscriptions/" + enc(subscriptionId), null, Subscription.class, 200);
    }

    /** All the publisher's subscriptions, following {@code @nextLink} pages. */
    public List<Subscription> subscriptions() {
        List<Subscription> all = new ArrayList<>();
        String path = "/api/saas/subscriptions";
        String continuation = null;
        do {
            SubscriptionList page = call("GET", path + (continuation == null ? "" : "?continuationToken=" + enc(continuation)),
                    null, SubscriptionList.class, 200);
            if (page.subscriptions() != null) {
                all.addAll(page.subscriptions());
            }
            continuation = page.nextLink() == null || page.nextLink().isBlank() ? null
                    : URI.create(page.nextLink()).getQuery() == null ? null
                    : param(URI.create(page.nextLink()).getQuery(), "continuationToken").orElse(null);
        } while (continuation != null);
        return all;
    }

    /** Asks the marketplace to change the plan (202); the change arrives back as a webhook operation. */
    public void changePlan(String subscriptionId, String planId) {
        call("PATCH", "/api/saas/subscriptions/" + enc(subscriptionId), new PlanAndQuantity(planId, null), Void.class, 202);
    }

    public void changeQuantity(String subscriptionId, int quantity) {
        call("PATCH", "/api/saas/subscriptions/" + enc(subscriptionId), new PlanAndQuantity(null, quantity), Void.class, 202);
    }

    public Operation operation(String subscriptionId, String operationId) {
        return call("GET", "/api/saas/subscriptions/" + enc(subscriptionId) + "/operations/" + enc(operationId),
                null, Operation.class, 200);
    }

    /** Tells the marketplace the outcome of an operation it waits for ({@code Success} or {@code Failure}). */
    public void updateOperation(String subscriptionId, String operationId, boolean success) {
        call("PATCH", "/api/saas/subscriptions/" + enc(subscriptionId) + "/operations/" + enc(operationId),
                new OperationUpdate(success ? "Success" : "Failure"), Void.class, 200);
    }

    /** Posts one usage event; a duplicate (409) comes back as a result with status Duplicate. */
    public UsageResult postUsage(UsageEvent event) {
        try {
            return call("POST", "/api/usageEvent", event, UsageResult.class, 200);
        } catch (MarketplaceException e) {
            if (e.status() == 409) {
                return new UsageResult(null, "Duplicate", null, event.resourceId(), event.quantity(), event.dimension(),
                        event.effectiveStartTime(), event.planId(), new MarketplaceApi.ErrorDetail("Conflict", e.getMessage(), null));
            }
            throw e;
        }
    }

    /** Posts up to {@link #MAX_BATCH} events; the marketplace answers each one's result in order. */
    public List<UsageResult> postBatch(List<UsageEvent> events) {
        if (events.isEmpty() || events.size() > MAX_BATCH) {
            throw new IllegalArgumentException("A batch holds 1 to " + MAX_BATCH + " events, not " + events.size());
        }
        BatchResult result = call("POST", "/api/batchUsageEvent", new BatchRequest(events), BatchResult.class, 200);
        return result.result() == null ? List.of() : result.result();
    }

    private <T> T call(String method, String path, Object body, Class<T> type, int expected, String... headers) {
        // Resolved per call: the emulator's URL names the port the server got (local.server.port).
        String uri = environment.resolvePlaceholders(properties.baseUrl()) + path + (path.contains("?") ? "&" : "?") + "api-version="
                + enc(properties.apiVersion());
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(uri)).timeout(properties.timeout())
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + properties.accessToken())
                .header("x-ms-requestid", UUID.randomUUID().toString())
                .header("x-ms-correlationid", UUID.randomUUID().toString());
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1] == null ? "" : headers[i + 1]);
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new MarketplaceException(0, "Unreachable", "The marketplace did not answer: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MarketplaceException(0, "Interrupted", "Interrupted while calling the marketplace");
        }
        if (response.statusCode() != expected) {
            throw failure(response);
        }
        if (type == Void.class || response.body() == null || response.body().isBlank()) {
            return null;
        }
        try {
            return json.readValue(response.body(), type);
        } catch (JacksonException e) {
            throw new MarketplaceException(502, "BadResponse", "The marketplace's answer was not understood");
        }
    }

    private MarketplaceException failure(HttpResponse<String> response) {
        String code = "Http" + response.statusCode();
        String message = "The marketplace answered " + response.statusCode();
        try {
            MarketplaceApi.Error error = json.readValue(response.body(), MarketplaceApi.Error.class);
            if (error.code() != null) {
                code = error.code();
            }
            if (error.message() != null) {
                message = error.message();
            }
        } catch (RuntimeException notJson) {
            // The status alone says enough (e.g. a 500 with an HTML page from a proxy).
        }
        return new MarketplaceException(response.statusCode(), code, message);
    }

    private static Optional<String> param(String query, String name) {
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                return Optional.of(java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return Optional.empty();
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
