package com.publisherportal.subscriptions.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.publisherportal.common.ValidationException;
import com.publisherportal.security.AccountAccess;
import com.publisherportal.subscriptions.MarketplaceTimes;
import com.publisherportal.subscriptions.UsageOutcome;
import com.publisherportal.subscriptions.UsageReport;
import com.publisherportal.subscriptions.UsageService;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code POST /api/saas/usage} (API key with the {@code usage:write} scope): the key's account
 * reports metered usage of its SaaS subscriptions, as JSON {@code {"events":[{subscriptionId,
 * dimension, quantity, effectiveStartTime, idempotencyKey}]}} or as CSV with those columns
 * ({@code /api/saas/usage/csv}). Answers each event's result in order: accepted, duplicate,
 * rejected with the reason, or pending when the marketplace could not be reached (sent again later).
 */
@RestController
class UsageApiController {

    private final UsageService usage;
    private final AccountAccess access;
    private final ObjectMapper json;

    UsageApiController(UsageService usage, AccountAccess access, ObjectMapper json) {
        this.usage = usage;
        this.access = access;
        this.json = json;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Event(String subscriptionId, String dimension, BigDecimal quantity, String effectiveStartTime,
                 String idempotencyKey) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Request(List<Event> events) {
    }

    record Response(int count, List<UsageOutcome> results) {
    }

    @PostMapping(value = "/api/saas/usage", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    Response report(@RequestBody String body) {
        long accountId = access.ownAccountId();
        Request request;
        try {
            request = json.readValue(body, Request.class);
        } catch (JacksonException e) {
            throw new ValidationException("body", "subscriptions.usage.body-invalid");
        }
        if (request == null || request.events() == null || request.events().isEmpty()
                || request.events().size() > UsageService.MAX_EVENTS) {
            throw new ValidationException("events", "subscriptions.usage.count-invalid", UsageService.MAX_EVENTS);
        }
        List<UsageReport> reports = new ArrayList<>();
        for (int i = 0; i < request.events().size(); i++) {
            Event e = request.events().get(i);
            if (e == null || e.effectiveStartTime() == null) {
                throw new ValidationException("events[" + i + "].effectiveStartTime", "subscriptions.usage.time-required");
            }
            try {
                reports.add(new UsageReport(e.subscriptionId(), e.dimension(), e.quantity(),
                        MarketplaceTimes.parse(e.effectiveStartTime()), e.idempotencyKey()));
            } catch (DateTimeParseException bad) {
                throw new ValidationException("events[" + i + "].effectiveStartTime", "subscriptions.usage.time-required");
            }
        }
        List<UsageOutcome> outcomes = usage.report(accountId, reports);
        return new Response(outcomes.size(), outcomes);
    }

    @PostMapping(value = "/api/saas/usage/csv", consumes = "text/csv", produces = MediaType.APPLICATION_JSON_VALUE)
    Response reportCsv(@RequestBody String body) {
        long accountId = access.ownAccountId();
        List<UsageOutcome> outcomes = usage.reportCsv(accountId,
                new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
        return new Response(outcomes.size(), outcomes);
    }
}
