package com.publisherportal.subscriptions;

import com.publisherportal.subscriptions.MarketplaceApi.Action;
import com.publisherportal.subscriptions.MarketplaceApi.Party;
import com.publisherportal.subscriptions.MarketplaceApi.SubscriptionStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Subscriptions with a past, for the demo data: each purchase, operation and accepted usage event
 * goes through the register's own code (the landing page's {@link SubscriptionService#recordActivation},
 * the webhook's {@link SubscriptionWebhookService#applyInTransaction}, the usage results of
 * {@link UsageService}), so the register, its history and the insights hold them exactly as real
 * ones. Only the marketplace is left out: the demo runs without one, and its history is dated in
 * the past, which neither API would accept (a landing token lives 24 hours, usage 24 hours too). No
 * owner is notified of the past.
 */
@Component
@org.springframework.modulith.NamedInterface("demo-data")
public class SubscriptionDemoHistory {

    /** One purchase and what followed. A null {@code purchasedAt} leaves it pending (not confirmed yet). */
    public record Seed(long accountId, long offerRef, String offerName, String name, String planId, Integer quantity,
                       String purchaserEmail, String beneficiaryEmail, Instant createdAt, Instant purchasedAt,
                       List<Step> steps, List<Usage> usage) {
        public Seed {
            Objects.requireNonNull(createdAt, "createdAt");
            steps = steps == null ? List.of() : List.copyOf(steps);
            usage = usage == null ? List.of() : List.copyOf(usage);
        }
    }

    /** A webhook operation of the past. */
    public record Step(Action action, String planId, Integer quantity, Instant at) {
    }

    /**
     * Usage the marketplace accepted: {@code quantity} of {@code dimension} in the hour starting
     * {@code at}, at the dimension's unit and price (as the plan's meter says).
     */
    public record Usage(String dimension, String unit, BigDecimal usdPrice, BigDecimal quantity, Instant at) {
    }

    private final SubscriptionRepository subscriptions;
    private final UsageRepository usage;
    private final SubscriptionService register;
    private final SubscriptionWebhookService webhook;
    private final UsageService usageService;
    private final JdbcClient jdbc;

    SubscriptionDemoHistory(SubscriptionRepository subscriptions, UsageRepository usage, SubscriptionService register,
                            SubscriptionWebhookService webhook, UsageService usageService, JdbcClient jdbc) {
        this.subscriptions = subscriptions;
        this.usage = usage;
        this.register = register;
        this.webhook = webhook;
        this.usageService = usageService;
        this.jdbc = jdbc;
    }

    /** Whether the account's register has any subscription (the demo seeds only an empty one). */
    public boolean hasSubscriptions(long accountId) {
        return jdbc.sql("SELECT COUNT(*) FROM saas_subscription WHERE account_id = :a").param("a", accountId)
                .query(Long.class).single() > 0;
    }

    /** Records one seed and its past in the caller's transaction; answers the marketplace id it got. */
    @Transactional(propagation = Propagation.MANDATORY)
    public String record(Seed seed) {
        String id = UUID.nameUUIDFromBytes(("demo/" + seed.accountId() + "/" + seed.name()).getBytes()).toString();
        long ref = subscriptions.insert(id, seed.accountId(), seed.offerRef(), seed.name(), seed.planId(), seed.quantity(),
                SubscriptionStatus.PendingFulfillmentStart, true, false, party(seed.purchaserEmail()),
                party(seed.beneficiaryEmail() == null ? seed.purchaserEmail() : seed.beneficiaryEmail()), seed.createdAt());
        if (seed.purchasedAt() == null) {
            return id;
        }
        LocalDate start = LocalDate.ofInstant(seed.purchasedAt(), ZoneOffset.UTC);
        register.recordActivation(subscriptions.byRef(ref).orElseThrow(), seed.planId(), seed.quantity(), "P1M", start,
                start.plusMonths(1).minusDays(1), null, seed.purchasedAt(), seed.offerName(), false);
        int n = 0;
        for (Step step : seed.steps()) {
            webhook.applyInTransaction(subscriptions.byRef(ref).orElseThrow(), id + "-op-" + (++n), step.action(),
                    step.planId(), step.quantity(), null, step.at(), false);
        }
        SaasSubscription s = subscriptions.byRef(ref).orElseThrow();
        for (Usage u : seed.usage()) {
            String key = "demo-" + id + "-" + (++n);
            long eventId = usage.insert(seed.accountId(), ref, key, u.dimension(), s.planId(), u.quantity(), u.at(),
                    UsageStatus.PENDING, null, u.at(), u.unit(), u.usdPrice());
            usage.result(eventId, UsageStatus.ACCEPTED, null, UUID.nameUUIDFromBytes(key.getBytes()).toString());
            usageService.accepted(usage.byIds(List.of(eventId)).getFirst());
        }
        return id;
    }

    private static Party party(String email) {
        return email == null ? null : new Party(email, UUID.nameUUIDFromBytes(("o" + email).getBytes()).toString(),
                UUID.nameUUIDFromBytes(("t" + email).getBytes()).toString(), null);
    }
}
