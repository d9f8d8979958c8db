package com.publisherportal.subscriptions.emulator;

import com.publisherportal.subscriptions.MarketplaceApi;
import com.publisherportal.subscriptions.MarketplaceApi.Action;
import com.publisherportal.subscriptions.MarketplaceApi.BatchRequest;
import com.publisherportal.subscriptions.MarketplaceApi.BatchResult;
import com.publisherportal.subscriptions.MarketplaceApi.ErrorDetail;
import com.publisherportal.subscriptions.MarketplaceApi.Operation;
import com.publisherportal.subscriptions.MarketplaceApi.OperationUpdate;
import com.publisherportal.subscriptions.MarketplaceApi.PlanAndQuantity;
import com.publisherportal.subscriptions.MarketplaceApi.Resolved;
import com.publisherportal.subscriptions.MarketplaceApi.SubscriptionList;
import com.publisherportal.subscriptions.MarketplaceApi.SubscriptionStatus;
import com.publisherportal.subscriptions.MarketplaceApi.UsageEvent;
import com.publisherportal.subscriptions.MarketplaceApi.UsageResult;
import com.publisherportal.subscriptions.emulator.MarketplaceEmulator.EmulatedSubscription;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The emulator's HTTP face under {@code /emulator/marketplace}: the SaaS Fulfillment API v2 and
 * the Metering API at the marketplace's own paths (below that prefix), with their status codes and
 * error shapes; its signing keys; and a small {@code admin} API with which the demo and the tests
 * act as the marketplace's customers (buy, change, suspend, cancel) and inject failures.
 */
@RestController
@Profile("marketplace-emulator")
@RequestMapping(value = EmulatorController.PREFIX, produces = MediaType.APPLICATION_JSON_VALUE)
class EmulatorController {

    static final String PREFIX = "/emulator/marketplace";
    static final String API_VERSION = "2018-08-31";

    private final MarketplaceEmulator emulator;
    private final ObjectMapper json;

    EmulatorController(MarketplaceEmulator emulator, ObjectMapper json) {
        this.emulator = emulator;
        this.json = json;
    }

    // SaaS Fulfillment API v2

    @PostMapping("/api/saas/subscriptions/resolve")
    ResponseEntity<?> resolve(@RequestHeader(value = "Authorization", required = false) String authorization,
                              @RequestHeader(value = "x-ms-marketplace-token", required = false) String token,
                              @RequestParam(value = "api-version", required = false) String version) {
        Optional<ResponseEntity<?>> refused = check(authorization, version);
        if (refused.isPresent()) return refused.get();
        return emulator.resolve(token)
                .<ResponseEntity<?>>map(s -> ResponseEntity.ok(new Resolved(s.id, s.name, s.offerId, s.planId, s.quantity, s.toApi())))
                .orElseGet(() -> error(HttpStatus.BAD_REQUEST, "BadArgument", "The token is invalid, expired or already used.", "x-ms-marketplace-token"));
    }

    @PostMapping("/api/saas/subscriptions/{id}/activate")
    ResponseEntity<?> activate(@RequestHeader(value = "Authorization", required = false) String authorization,
                               @RequestParam(value = "api-version", required = false) String version,
                               @PathVariable String id, @RequestBody(required = false) String body) {
        Optional<ResponseEntity<?>> refused = check(authorization, version);
        if (refused.isPresent()) return refused.get();
        Optional<EmulatedSubscription> s = emulator.subscription(id);
        if (s.isEmpty()) return notFound(id);
        PlanAndQuantity request = read(body, PlanAndQuantity.class);
        if (request == null || request.planId() == null || request.planId().isBlank()) {
            return error(HttpStatus.BAD_REQUEST, "BadArgument", "planId is required.", "planId");
        }
        if (s.get().status != SubscriptionStatus.PendingFulfillmentStart && s.get().status != SubscriptionStatus.Subscribed) {
            return error(HttpStatus.BAD_REQUEST, "BadArgument", "The subscription cannot be activated in its status.", "id");
        }
        emulator.activate(s.get(), request.planId(), request.quantity());
        return ResponseEntity.ok().build();
    }

    @GetMapping("/api/saas/subscriptions/{id}")
    ResponseEntity<?> subscription(@RequestHeader(value = "Authorization", required = false) String authorization,
                                   @RequestParam(value = "api-version", required = false) String version, @PathVariable String id) {
        Optional<ResponseEntity<?>> refused = check(authorization, version);
        if (refused.isPresent()) return refused.get();
        return emulator.subscription(id).<ResponseEntity<?>>map(s -> ResponseEntity.ok(s.toApi())).orElseGet(() -> notFound(id));
    }

    @GetMapping("/api/saas/subscriptions")
    ResponseEntity<?> subscriptions(@RequestHeader(value = "Authorization", required = false) String authorization,
                                    @RequestParam(value = "api-version", required = false) String version) {
        Optional<ResponseEntity<?>> refused = check(authorization, version);
        if (refused.isPresent()) return refused.get();
        return ResponseEntity.ok(new SubscriptionList(emulator.subscriptions().stream().map(EmulatedSubscription::toApi).toList(), ""));
    }

    /** A change of plan or quantity asked by the publisher: 202 with the operation's location. */
    @PatchMapping("/api/saas/subscriptions/{id}")
    ResponseEntity<?> change(@RequestHeader(value = "Authorization", required = false) String authorization,
                             @RequestParam(value = "api-version", required = false) String version,
                             @PathVariable String id, @RequestBody(required = false) String body) {
        Optional<ResponseEntity<?>> refused = check(authorization, version);
        if (refused.isPresent()) return refused.get();
        Optional<EmulatedSubscription> s = emulator.subscription(id);
        if (s.isEmpty()) return notFound(id);
        PlanAndQuantity request = read(body, PlanAndQuantity.class);
        if (request == null || (request.planId() == null) == (request.quantity() == null)) {
            return error(HttpStatus.BAD_REQUEST, "BadArgument", "Give either planId or quantity.", "body");
        }
        if (request.planId() != null) s.get().planId = request.planId();
        else s.get().quantity = request.quantity();
        String operation = java.util.UUID.randomUUID().toString();
        return ResponseEntity.accepted().header("Operation-Location",
                PREFIX + "/api/saas/subscriptions/" + id + "/operations/" + operation + "?api-version=" + API_VERSION).build();
    }

    @GetMapping("/api/saas/subscriptions/{id}/operations/{operationId}")
    ResponseEntity<?> operation(@RequestHeader(value = "Authorization", required = false) String authorization,
                                @RequestParam(value = "api-version", required = false) String version,
                                @PathVariable String id, @PathVariable String operationId) {
        Optional<ResponseEntity<?>> refused = check(authorization, version);
        if (refused.isPresent()) return refused.get();
        return emulator.operation(operationId).filter(o -> o.subscriptionId().equals(id))
                .<ResponseEntity<?>>map(ResponseEntity::ok).orElseGet(() -> notFound(operationId));
    }

    @PatchMapping("/api/saas/subscriptions/{id}/operations/{operationId}")
    ResponseEntity<?> updateOperation(@RequestHeader(value = "Authorization", required = false) String authorization,
                                      @RequestParam(value = "api-version", required = false) String version,
                                      @PathVariable String id, @PathVariable String operationId,
                                      @RequestBody(required = false) String body) {
        Optional<ResponseEntity<?>> refused = check(authorization, version);
        if (refused.isPresent()) return refused.get();
        Optional<Operation> op = emulator.operation(operationId).filter(o -> o.subscriptionId().equals(id));
        if (op.isEmpty()) return notFound(operationId);
        OperationUpdate update = read(body, OperationUpdate.class);
        if (update == null || !("Success".equals(update.status()) || "Failure".equals(update.status()))) {
            return error(HttpStatus.BAD_REQUEST, "BadArgument", "status must be Success or Failure.", "status");
        }
        if (!"InProgress".equals(op.get().status())) {
            return error(HttpStatus.CONFLICT, "Conflict", "The operation is already completed.", "operationId");
        }
        emulator.completeOperation(op.get(), "Success".equals(update.status()));
        return ResponseEntity.ok().build();
    }

    // Metering API

    @PostMapping("/api/usageEvent")
    ResponseEntity<?> usageEvent(@RequestHeader(value = "Authorization", required = false) String authorization,
                                 @RequestParam(value = "api-version", required = false) String version,
                                 @RequestBody(required = false) String body) {
        Optional<ResponseEntity<?>> refused = check(authorization, version);
        if (refused.isPresent()) return refused.get();
        if (emulator.failThisUsageCall()) {
            return error(HttpStatus.INTERNAL_SERVER_ERROR, "InternalServerError", "Try again later.", null);
        }
        UsageEvent event = read(body, UsageEvent.class);
        if (event == null) {
            return error(HttpStatus.BAD_REQUEST, "BadArgument", "The body is not a usage event.", "usageEventRequest");
        }
        UsageResult result = emulator.record(event);
        return switch (result.status()) {
            case "Accepted" -> ResponseEntity.ok(result);
            case "Duplicate" -> ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("additionalInfo",
                    Map.of("acceptedMessage", result), "message", "This usage event already exist.", "code", "Conflict"));
            default -> error(HttpStatus.BAD_REQUEST, "BadArgument", result.error().message(), result.status());
        };
    }

    @PostMapping("/api/batchUsageEvent")
    ResponseEntity<?> batch(@RequestHeader(value = "Authorization", required = false) String authorization,
                            @RequestParam(value = "api-version", required = false) String version,
                            @RequestBody(required = false) String body) {
        Optional<ResponseEntity<?>> refused = check(authorization, version);
        if (refused.isPresent()) return refused.get();
        if (emulator.failThisUsageCall()) {
            return error(HttpStatus.INTERNAL_SERVER_ERROR, "InternalServerError", "Try again later.", null);
        }
        BatchRequest request = read(body, BatchRequest.class);
        if (request == null || request.request() == null || request.request().isEmpty()) {
            return error(HttpStatus.BAD_REQUEST, "BadArgument", "The batch holds no usage event.", "request");
        }
        if (request.request().size() > 25) {
            return error(HttpStatus.BAD_REQUEST, "BadArgument", "A batch holds at most 25 usage events.", "request");
        }
        List<UsageResult> results = new ArrayList<>();
        request.request().forEach(e -> results.add(emulator.record(e)));
        return ResponseEntity.ok(new BatchResult(results.size(), results));
    }

    // The emulator's own endpoints

    @GetMapping("/keys")
    Map<String, Object> keys() {
        return emulator.publicKeys();
    }

    @PostMapping("/admin/purchases")
    ResponseEntity<?> purchase(@RequestBody(required = false) String body) {
        MarketplaceEmulator.Purchase purchase = read(body, MarketplaceEmulator.Purchase.class);
        if (purchase == null || purchase.offerId() == null || purchase.planId() == null || purchase.purchaserEmail() == null) {
            return error(HttpStatus.BAD_REQUEST, "BadArgument", "offerId, planId and purchaserEmail are required.", "body");
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(emulator.purchase(purchase));
    }

    record OperationRequest(Action action, String planId, Integer quantity) {
    }

    @PostMapping("/admin/subscriptions/{id}/operations")
    ResponseEntity<?> startOperation(@PathVariable String id, @RequestBody(required = false) String body) {
        OperationRequest request = read(body, OperationRequest.class);
        if (request == null || request.action() == null) {
            return error(HttpStatus.BAD_REQUEST, "BadArgument", "action is required.", "action");
        }
        if (emulator.subscription(id).isEmpty()) return notFound(id);
        return ResponseEntity.ok(emulator.startOperation(id, request.action(), request.planId(), request.quantity()));
    }

    @PostMapping("/admin/usage-failures")
    ResponseEntity<?> failUsage(@RequestParam int count) {
        emulator.failNextUsageCalls(count);
        return ResponseEntity.noContent().build();
    }

    private Optional<ResponseEntity<?>> check(String authorization, String version) {
        if (!emulator.authorized(authorization)) {
            return Optional.of(error(HttpStatus.UNAUTHORIZED, "Unauthorized", "The bearer token is missing or invalid.", "authorization"));
        }
        if (!API_VERSION.equals(version)) {
            return Optional.of(error(HttpStatus.BAD_REQUEST, "BadArgument", "Unknown api-version.", "api-version"));
        }
        return Optional.empty();
    }

    private <T> T read(String body, Class<T> type) {
        if (body == null || body.isBlank()) return null;
        try {
            return json.readValue(body, type);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static ResponseEntity<?> notFound(String id) {
        return error(HttpStatus.NOT_FOUND, "EntityNotFound", "Not found: " + id, "id");
    }

    private static ResponseEntity<?> error(HttpStatus status, String code, String message, String target) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                .body(new MarketplaceApi.Error(code, message, target,
                        target == null ? null : List.of(new ErrorDetail(code, message, target))));
    }
}
