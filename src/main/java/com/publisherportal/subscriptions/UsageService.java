package com.publisherportal.subscriptions;

import com.publisherportal.common.PublicAccess;
import com.publisherportal.insights.CommerceEvent;
import com.publisherportal.mail.MailKind;
import com.publisherportal.mail.MailOutbox;
import com.publisherportal.common.ValidationException;
import com.publisherportal.notification.NotificationService;
import com.publisherportal.plans.Meter;
import com.publisherportal.plans.PlanPricing;
import com.publisherportal.plans.PlanService;
import com.publisherportal.security.AccountAccess;
import com.publisherportal.security.AccountRole;
import com.publisherportal.subscriptions.MarketplaceApi.SubscriptionStatus;
import com.publisherportal.subscriptions.MarketplaceApi.UsageEvent;
import com.publisherportal.subscriptions.MarketplaceApi.UsageResult;
import com.publisherportal.subscriptions.UsageRepository.StoredEvent;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Metered usage of SaaS subscriptions, reported by publishers (API or CSV) and sent to the
 * marketplace's Metering API. Each event is checked against its subscription (the caller's
 * account's, active) and its plan's meter dimensions, and refused when older than the 24 hours the
 * marketplace accepts. Events are stored before they are sent, keyed by their idempotency key, so
 * that a retried report never sends one twice; they go in batches of at most 25; a transient
 * failure (no answer, 429, 5xx) is retried, and an event still pending is sent again later by
 * {@link #resendPending}. A "Duplicate" answer to an event whose earlier call got no answer at all
 * (it may have arrived) is the marketplace's copy of that same event: it counts as accepted. A
 * 5xx or 429 answer means the marketplace recorded nothing of the batch.
 */
@Service
public class UsageService {

    private static final Logger log = LoggerFactory.getLogger(UsageService.class);

    /** Who reports usage: those who run the service (the {@code usage:write} scope's roles). */
    static final AccountRole[] REPORTERS = {AccountRole.OWNER, AccountRole.MANAGER, AccountRole.DEVELOPER};
    static final Duration WINDOW = Duration.ofHours(24);
    public static final int MAX_EVENTS = 1000;
    public static final int MAX_CSV_BYTES = 1024 * 1024;
    static final int MAIL_LINES = 20;

    private final UsageRepository usage;
    private final SubscriptionRepository subscriptions;
    private final PlanService plans;
    private final MarketplaceClient marketplace;
    private final MarketplaceProperties properties;
    private final AccountAccess access;
    private final NotificationService notifications;
    private final ApplicationEventPublisher events;
    private final MailOutbox mail;
    private final TransactionTemplate transactions;
    private final Clock clock;

    UsageService(UsageRepository usage, SubscriptionRepository subscriptions, PlanService plans,
                 MarketplaceClient marketplace, MarketplaceProperties properties, AccountAccess access,
                 NotificationService notifications, ApplicationEventPublisher events, MailOutbox mail,
                 PlatformTransactionManager transactionManager, Clock clock) {
        this.events = events;
        this.mail = mail;
        this.usage = usage;
        this.subscriptions = subscriptions;
        this.plans = plans;
        this.marketplace = marketplace;
        this.properties = properties;
        this.access = access;
        this.notifications = notifications;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** Reports events for the account's subscriptions; answers each event's result, in order. */
    public List<UsageOutcome> report(long accountId, List<UsageReport> reports) {
        access.requireMember(accountId, REPORTERS);
        if (reports.isEmpty() || reports.size() > MAX_EVENTS) {
            throw new ValidationException("events", "subscriptions.usage.count-invalid", MAX_EVENTS);
        }
        Instant now = clock.instant();
        Map<String, Map<String, Meter>> dimensionsByPlan = new HashMap<>();
        List<UsageOutcome> outcomes = new ArrayList<>();
        List<Long> toSend = new ArrayList<>();
        Map<Integer, Long> storedAt = new LinkedHashMap<>();
        int rejected = 0;
        for (int i = 0; i < reports.size(); i++) {
            UsageReport report = reports.get(i);
            Optional<StoredEvent> known = usage.byKey(accountId, report.idempotencyKey());
            if (known.isPresent()) {
                // Reported before under this key: its result, never a second send (pending ones are sent below).
                if (known.get().status() == UsageStatus.PENDING) {
                    toSend.add(known.get().id());
                    storedAt.put(i, known.get().id());
                }
                outcomes.add(known.get().outcome());
                continue;
            }
            Optional<SaasSubscription> subscription = subscriptions.bySubscriptionId(report.subscriptionId())
                    .filter(s -> s.accountId() == accountId);
            if (subscription.isEmpty()) {
                // Another account's subscription is as unknown as one that does not exist.
                outcomes.add(rejected(report, "Unknown subscription"));
                rejected++;
                continue;
            }
            SaasSubscription s = subscription.get();
            String reason = null;
            Meter meter = s.status() != SubscriptionStatus.Subscribed ? null
                    : dimensionsByPlan.computeIfAbsent(s.offerRef() + "/" + s.planId(), k -> dimensions(s)).get(report.dimension());
            if (s.status() != SubscriptionStatus.Subscribed) {
                reason = "The subscription is " + s.status() + ", not Subscribed";
            } else if (meter == null) {
                reason = "The plan " + s.planId() + " has no dimension " + report.dimension();
            } else if (report.effectiveStart().isBefore(now.minus(WINDOW))) {
                reason = "Usage older than 24 hours is not accepted by the marketplace";
            } else if (report.effectiveStart().isAfter(now.plusSeconds(300))) {
                reason = "Usage in the future is not accepted";
            }
            UsageStatus status = reason == null ? UsageStatus.PENDING : UsageStatus.REJECTED;
            String why = reason;
            long id = transactions.execute(tx -> usage.insert(accountId, s.ref(), report.idempotencyKey(),
                    report.dimension(), s.planId(), report.quantity(), report.effectiveStart(), status, why, now,
                    meter == null ? null : meter.unitOfMeasure(), meter == null ? null : meter.usdPrice()));
            if (status == UsageStatus.PENDING) {
                toSend.add(id);
            } else {
                rejected++;
            }
            storedAt.put(i, id);
            outcomes.add(new UsageOutcome(report.idempotencyKey(), s.subscriptionId(), report.dimension(),
                    report.quantity(), report.effectiveStart(), status, reason, null));
        }
        rejected += send(toSend);
        // The stored results of what was sent, in the order reported.
        Map<Long, UsageOutcome> results = usage.byIds(new ArrayList<>(storedAt.values())).stream()
                .collect(Collectors.toMap(StoredEvent::id, StoredEvent::outcome));
        storedAt.forEach((index, id) -> outcomes.set(index, results.get(id)));
        if (rejected > 0) {
            int count = rejected;
            String lines = rejectedLines(outcomes);
            transactions.executeWithoutResult(tx -> {
                notifications.notifyAccount(accountId, List.of(AccountRole.OWNER.name()),
                        "subscriptions.notification.rejected-usage", "subscriptions", count);
                mail.toAccount(accountId, List.of(AccountRole.OWNER), MailKind.USAGE_REJECTED, "subscriptions", count, lines);
            });
        }
        return outcomes;
    }

    /**
     * One line per rejected event for the e-mail (at most {@value #MAIL_LINES}): subscription,
     * dimension, quantity, hour and reason. The publisher's and the marketplace's words, as text.
     */
    static String rejectedLines(List<UsageOutcome> outcomes) {
        List<UsageOutcome> rejected = outcomes.stream().filter(o -> o != null && o.status() == UsageStatus.REJECTED).toList();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < Math.min(MAIL_LINES, rejected.size()); i++) {
            UsageOutcome o = rejected.get(i);
            text.append(i == 0 ? "" : "\n").append("- ").append(cut(o.subscriptionId(), 64)).append(" · ")
                    .append(cut(o.dimension(), 100)).append(" · ").append(o.quantity() == null ? "" : o.quantity().stripTrailingZeros().toPlainString())
                    .append(" · ").append(o.effectiveStart()).append(": ").append(cut(o.reason(), 300));
        }
        if (rejected.size() > MAIL_LINES) {
            text.append("\n- … (").append(rejected.size() - MAIL_LINES).append(")");
        }
        return text.toString();
    }

    private static String cut(String s, int max) {
        if (s == null) {
            return "";
        }
        String line = s.replaceAll("[\\r\\n\\t]+", " ");
        return line.length() <= max ? line : line.substring(0, max - 1) + "…";
    }

    /** Reports the events of a CSV file: subscriptionId, dimension, quantity, effectiveStartTime[, idempotencyKey]. */
    public List<UsageOutcome> reportCsv(long accountId, InputStream csv) {
        access.requireMember(accountId, REPORTERS);
        return report(accountId, parseCsv(csv));
    }

    static List<UsageReport> parseCsv(InputStream csv) {
        byte[] bytes;
        try {
            bytes = csv.readNBytes(MAX_CSV_BYTES + 1);
        } catch (IOException e) {
            throw new ValidationException("file", "subscriptions.usage.csv-unreadable");
        }
        if (bytes.length > MAX_CSV_BYTES) {
            throw new ValidationException("file", "subscriptions.usage.csv-too-large", MAX_CSV_BYTES / 1024);
        }
        List<UsageReport> reports = new ArrayList<>();
        try (Reader reader = new InputStreamReader(new java.io.ByteArrayInputStream(bytes), StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                     .setIgnoreEmptyLines(true).get().parse(reader)) {
            List<String> header = parser.getHeaderNames();
            for (String required : List.of("subscriptionId", "dimension", "quantity", "effectiveStartTime")) {
                if (!header.contains(required)) {
                    throw new ValidationException("file", "subscriptions.usage.csv-column-missing", required);
                }
            }
            for (CSVRecord row : parser) {
                if (reports.size() >= MAX_EVENTS) {
                    throw new ValidationException("file", "subscriptions.usage.count-invalid", MAX_EVENTS);
                }
                long line = row.getRecordNumber() + 1;
                try {
                    reports.add(new UsageReport(row.get("subscriptionId"), row.get("dimension"),
                            new BigDecimal(row.get("quantity")), MarketplaceTimes.parse(row.get("effectiveStartTime")),
                            row.isMapped("idempotencyKey") && row.isSet("idempotencyKey") ? row.get("idempotencyKey") : null));
                } catch (NumberFormatException | DateTimeParseException | ValidationException e) {
                    throw new ValidationException("file", "subscriptions.usage.csv-line-invalid", line);
                }
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw new ValidationException("file", "subscriptions.usage.csv-unreadable");
        }
        if (reports.isEmpty()) {
            throw new ValidationException("file", "subscriptions.usage.count-invalid", MAX_EVENTS);
        }
        return reports;
    }

    /** Per month and dimension, what the account reported (one subscription's when given). */
    @Transactional(readOnly = true)
    public List<UsageMonth> months(long accountId, String subscriptionId) {
        access.requireMemberOrStaff(accountId, AccountRole.OWNER, AccountRole.MANAGER, AccountRole.FINANCIAL,
                AccountRole.DEVELOPER);
        return usage.months(accountId, subscriptionId);
    }

    /** Sends again, every minute, events left pending by a marketplace that did not answer. */
    @Scheduled(fixedDelayString = "${portal.marketplace.resend-delay:PT1M}", initialDelayString = "PT1M")
    @PublicAccess("A scheduled job without a caller: sends events already checked and stored for their account.")
    public void resendPending() {
        List<StoredEvent> pending = usage.pendingBefore(clock.instant().minusSeconds(30), 500);
        if (!pending.isEmpty()) {
            send(pending.stream().map(StoredEvent::id).toList());
        }
    }

    /** Sends pending events in batches of 25, retrying transient failures; answers how many were rejected. */
    private int send(List<Long> ids) {
        int rejected = 0;
        for (int from = 0; from < ids.size(); from += MarketplaceClient.MAX_BATCH) {
            List<Long> batchIds = ids.subList(from, Math.min(ids.size(), from + MarketplaceClient.MAX_BATCH));
            rejected += sendBatch(batchIds);
        }
        return rejected;
    }

    private int sendBatch(List<Long> ids) {
        for (int attempt = 1; attempt <= properties.maxAttempts(); attempt++) {
            List<StoredEvent> batch = usage.byIds(ids).stream().filter(e -> e.status() == UsageStatus.PENDING).toList();
            if (batch.isEmpty()) {
                return 0;
            }
            List<Long> batchIds = batch.stream().map(StoredEvent::id).toList();
            transactions.executeWithoutResult(tx -> usage.attempted(batchIds, clock.instant()));
            List<UsageEvent> events = batch.stream().map(e -> new UsageEvent(e.subscriptionId(), e.quantity(),
                    e.dimension(), e.effectiveStart().toString(), e.planId())).toList();
            try {
                List<UsageResult> results = marketplace.postBatch(events);
                return transactions.execute(tx -> record(batch, results));
            } catch (MarketplaceException e) {
                if (!e.transientFailure()) {
                    transactions.executeWithoutResult(tx -> batch.forEach(ev -> usage.result(ev.id(), UsageStatus.REJECTED,
                            "The marketplace refused the batch: " + e.code() + " " + e.getMessage(), null)));
                    return batch.size();
                }
                log.info("Metering API failed ({}), attempt {} of {}", e.status(), attempt, properties.maxAttempts());
                if (e.status() == 0) {
                    transactions.executeWithoutResult(tx -> usage.unanswered(batchIds));
                }
                transactions.executeWithoutResult(tx -> usage.pendingReason(batchIds,
                        "The marketplace did not accept the batch yet (" + e.status() + "); it will be sent again"));
                sleep(attempt);
            }
        }
        return 0;
    }

    private int record(List<StoredEvent> batch, List<UsageResult> results) {
        int rejected = 0;
        for (int i = 0; i < batch.size(); i++) {
            StoredEvent event = batch.get(i);
            UsageResult result = i < results.size() ? results.get(i) : null;
            if (result == null) {
                continue; // Not answered: stays pending for the next attempt.
            }
            switch (result.status()) {
                case "Accepted" -> {
                    if (usage.result(event.id(), UsageStatus.ACCEPTED, null, result.usageEventId())) {
                        accepted(event);
                    }
                }
                case "Duplicate" -> {
                    // This event was sent before and its answer lost: the marketplace's copy is this one.
                    if (event.unanswered()) {
                        if (usage.result(event.id(), UsageStatus.ACCEPTED, null, result.usageEventId())) {
                            accepted(event);
                        }
                    } else {
                        usage.result(event.id(), UsageStatus.DUPLICATE,
                                "The marketplace already has usage for this dimension in this hour", result.usageEventId());
                    }
                }
                default -> {
                    usage.result(event.id(), UsageStatus.REJECTED, result.status()
                            + (result.error() != null && result.error().message() != null ? ": " + result.error().message() : ""), null);
                    rejected++;
                }
            }
        }
        return rejected;
    }

    private Map<String, Meter> dimensions(SaasSubscription s) {
        try {
            PlanPricing pricing = plans.pricing(s.offerRef(), s.planId());
            return pricing == null ? Map.of()
                    : pricing.meters().stream().collect(Collectors.toMap(Meter::dimensionId, m -> m, (a, b) -> a));
        } catch (com.publisherportal.common.NotFoundException e) {
            return Map.of();
        }
    }

    /** Tells insights of usage the marketplace accepted, in the transaction that records it. */
    void accepted(StoredEvent event) {
        BigDecimal price = event.usdPrice() == null ? BigDecimal.ZERO : event.usdPrice();
        events.publishEvent(new CommerceEvent.UsageAccepted(event.accountId(), event.subscriptionId(), event.planId(),
                event.dimension(), event.unit(), event.quantity(), event.quantity().multiply(price),
                LocalDate.ofInstant(event.effectiveStart(), ZoneOffset.UTC)));
    }

    private static void sleep(int attempt) {
        try {
            Thread.sleep(100L * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static UsageOutcome rejected(UsageReport report, String reason) {
        return new UsageOutcome(report.idempotencyKey(), report.subscriptionId(), report.dimension(), report.quantity(),
                report.effectiveStart(), UsageStatus.REJECTED, reason, null);
    }
}
