package com.publisherportal.subscriptions.api;

import com.publisherportal.subscriptions.MarketplaceApi.Operation;
import com.publisherportal.subscriptions.SubscriptionWebhookService;
import com.publisherportal.subscriptions.SubscriptionWebhookService.Result;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;

import java.util.Map;

/**
 * {@code POST /api/saas/webhook/{offerRef}}: the marketplace's webhook for a SaaS offer's
 * subscriptions. 401 without the marketplace's signed token, 400 for a body that is not an
 * operation, 404 for a subscription the offer does not have, 200 once applied (or already applied).
 */
@RestController
class SubscriptionWebhookController {

    static final int MAX_BODY = 64 * 1024;

    private final SubscriptionWebhookService webhook;
    private final ObjectMapper json;

    SubscriptionWebhookController(SubscriptionWebhookService webhook, ObjectMapper json) {
        this.webhook = webhook;
        this.json = json;
    }

    @PostMapping(value = "/api/saas/webhook/{offerRef}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> receive(@PathVariable long offerRef,
                              @RequestHeader(value = "Authorization", required = false) String authorization,
                              @RequestBody(required = false) String body) {
        if (!webhook.authentic(offerRef, authorization)) {
            return problem(HttpStatus.UNAUTHORIZED, "The marketplace's signed bearer token is missing or invalid.");
        }
        if (body == null || body.isBlank() || body.length() > MAX_BODY) {
            return problem(HttpStatus.BAD_REQUEST, "The body must be the marketplace's operation (JSON).");
        }
        Operation op;
        try {
            op = json.readValue(body, Operation.class);
        } catch (JacksonException e) {
            return problem(HttpStatus.BAD_REQUEST, "The body is not an operation: an action, an id and a subscriptionId are required.");
        }
        Result result = webhook.apply(offerRef, op);
        return switch (result) {
            case APPLIED, ALREADY_APPLIED -> ResponseEntity.ok(Map.of("operationId", op.id(), "result", result.name()));
            case UNKNOWN_SUBSCRIPTION -> problem(HttpStatus.NOT_FOUND, "This offer has no such subscription.");
            case INVALID -> problem(HttpStatus.BAD_REQUEST, "The body is not an operation: an action, an id and a subscriptionId are required.");
            case UNAUTHORIZED -> problem(HttpStatus.UNAUTHORIZED, "The marketplace's signed bearer token is missing or invalid.");
        };
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ProblemDetail.forStatusAndDetail(status, detail));
    }
}
