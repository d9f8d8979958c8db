package com.publisherportal.plans;

import com.publisherportal.common.PublicAccess;
import com.publisherportal.listing.StorefrontPlans;
import com.publisherportal.onboarding.Offer;
import com.publisherportal.onboarding.OfferPlans;
import com.publisherportal.onboarding.OfferWentLive;
import com.publisherportal.onboarding.PendingChanges;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The two copies of an offer's plans: the working copy the publisher edits, and the published copy
 * that went live with the offer (what the storefront shows until the next certified change goes
 * live). Publishing keeps the plans as the storefront needs them (prices per market) and a
 * fingerprint of the whole working copy, which tells whether anything changed since.
 * Public for the demo data, which publishes its live offers' plans.
 */
@Component
@org.springframework.modulith.NamedInterface("demo-data")
public class PlanCopies implements StorefrontPlans, OfferPlans, PendingChanges {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<CopiedPlan>> COPY = new TypeReference<>() {
    };

    private final PlanRepository repository;
    private final Clock clock;

    PlanCopies(PlanRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** When an offer goes live (first time or after a certified change), its working copy becomes the published one. */
    @EventListener
    void onWentLive(OfferWentLive event) {
        publish(event.offerId());
    }

    /** What the reviewer saw of the plans when they decided: what was certified, and what the next review compares with. */
    @EventListener
    void keepWhatWasReviewed(com.publisherportal.onboarding.CertificationRecorded event) {
        repository.saveReviewSnapshot(event.reviewId(), event.offerId(), clock.instant(),
                JSON.writeValueAsString(working(event.offerId())));
    }

    /**
     * The plans added, removed and changed (by id) since the offer's last certification decision, with
     * when it was made; nothing when the offer was never reviewed. The caller has been checked.
     */
    Optional<PlanChangesSinceReview> changesSinceLastReview(long offerId) {
        return repository.latestReviewSnapshot(offerId).map(taken -> {
            Map<String, CopiedPlan> before = new LinkedHashMap<>();
            JSON.readValue(taken.content(), COPY).forEach(p -> before.put(p.planId(), p));
            Map<String, CopiedPlan> now = new LinkedHashMap<>();
            working(offerId).forEach(p -> now.put(p.planId(), p));
            List<String> added = now.keySet().stream().filter(id -> !before.containsKey(id)).toList();
            List<String> removed = before.keySet().stream().filter(id -> !now.containsKey(id)).toList();
            List<String> changed = now.keySet().stream()
                    .filter(id -> before.containsKey(id) && !before.get(id).equals(now.get(id))).toList();
            return new PlanChangesSinceReview(taken.publishedAt(), added, removed, changed);
        });
    }

    /** Makes the offer's working copy of its plans the published one. The caller has checked who may do this. */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public void publish(long offerId) {
        LocalDate today = LocalDate.now(clock);
        List<CopiedPlan> copy = working(offerId);
        Map<String, CopiedPlan> before = byPlanId(published(offerId).orElse(List.of()));
        // Customers keep the price they saw until the marketplace's notice has run (decrease: next month; increase: 90 days).
        copy = copy.stream().map(now -> before.containsKey(now.planId()) ? now.holding(before.get(now.planId()), today) : now)
                .toList();
        repository.savePublication(offerId, new PlanRepository.Publication(fingerprint(offerId),
                JSON.writeValueAsString(copy), clock.instant()));
    }

    /**
     * Per plan of a live offer that was published before: when each of its price changes would
     * take effect if the working copy were published today, and what the marketplace's rules refuse.
     * Plans new since the last publication have no customers and no schedule. The caller has been checked.
     */
    Map<String, PriceChangeSchedule.Schedule> scheduleIfPublishedToday(long offerId) {
        LocalDate today = LocalDate.now(clock);
        Map<String, Market> markets = new LinkedHashMap<>();
        repository.markets().forEach(m -> markets.put(m.market().code(), m.market()));
        Map<String, CopiedPlan> before = byPlanId(published(offerId).orElse(List.of()));
        Map<String, PriceChangeSchedule.Schedule> schedules = new LinkedHashMap<>();
        for (CopiedPlan now : working(offerId)) {
            CopiedPlan was = before.get(now.planId());
            if (was == null) {
                continue;
            }
            List<PriceChangeSchedule.PriceMove> moves = new ArrayList<>();
            now.local().forEach((code, prices) -> {
                LocalPrices old = was.local().get(code);
                if (old == null || !old.currency().equals(prices.currency()) || !markets.containsKey(code)) {
                    return;
                }
                for (CopiedPrice price : prices.prices()) {
                    old.find(price).ifPresent(previous -> moves.add(new PriceChangeSchedule.PriceMove(markets.get(code),
                            new PricePoint(price.kind(), price.key()), previous.movingFrom(price, today), price.amount())));
                }
            });
            schedules.put(now.planId(), PriceChangeSchedule.schedule(moves, today, true));
        }
        return schedules;
    }

    /** The published price changes of an offer's plans that have not taken effect yet, by plan. The caller has been checked. */
    Map<String, List<PriceChangeSchedule.ScheduledChange>> announcedChanges(long offerId) {
        LocalDate today = LocalDate.now(clock);
        Map<String, Market> markets = new LinkedHashMap<>();
        repository.markets().forEach(m -> markets.put(m.market().code(), m.market()));
        Map<String, List<PriceChangeSchedule.ScheduledChange>> announced = new LinkedHashMap<>();
        for (CopiedPlan plan : published(offerId).orElse(List.of())) {
            List<PriceChangeSchedule.ScheduledChange> changes = new ArrayList<>();
            plan.local().forEach((code, prices) -> prices.prices().stream()
                    .filter(p -> p.pending(today) && markets.containsKey(code))
                    .forEach(p -> changes.add(new PriceChangeSchedule.ScheduledChange(markets.get(code),
                            new PricePoint(p.kind(), p.key()), p.held(), p.amount(), p.effectiveOn(),
                            p.amount().compareTo(p.held()) > 0 ? PriceChangeSchedule.Direction.INCREASE
                                    : PriceChangeSchedule.Direction.DECREASE))));
            changes.sort(java.util.Comparator.comparing(PriceChangeSchedule.ScheduledChange::effectiveOn)
                    .thenComparing(c -> c.market().code()));
            announced.put(plan.planId(), changes);
        }
        return announced;
    }

    private static Map<String, CopiedPlan> byPlanId(List<CopiedPlan> plans) {
        Map<String, CopiedPlan> byId = new LinkedHashMap<>();
        plans.forEach(p -> byId.put(p.planId(), p));
        return byId;
    }

    @Override
    @PublicAccess("PendingChanges asked by OfferLifecycle, whose public callers check the caller.")
    public boolean hasPendingChanges(Offer offer) {
        if (offer.wentLiveAt() == null) {
            return false;
        }
        return repository.publication(offer.id()).map(p -> !p.fingerprint().equals(fingerprint(offer.id())))
                .orElse(!repository.plans(offer.id()).isEmpty());
    }

    @Override
    @Transactional(readOnly = true)
    public List<PlanRef> plansOf(long offerId) {
        return repository.plans(offerId).stream().map(p -> new PlanRef(p.planId(), p.name())).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<StorefrontPlan> plans(long offerId, String market, boolean preview) {
        List<CopiedPlan> copy = preview ? working(offerId) : published(offerId).orElse(List.of());
        return copy.stream().filter(p -> p.visibility() == Visibility.PUBLIC && !p.hidden())
                .map(p -> storefront(p, market, LocalDate.now(clock))).toList();
    }

    /** The published copy, if the offer's plans were ever published. */
    Optional<List<CopiedPlan>> published(long offerId) {
        return repository.publication(offerId).map(p -> JSON.readValue(p.content(), COPY));
    }

    /** The working copy as the storefront would show it: each current plan with its prices per market. */
    List<CopiedPlan> working(long offerId) {
        Map<String, Market> markets = new LinkedHashMap<>();
        repository.markets().forEach(m -> markets.put(m.market().code(), m.market()));
        List<CopiedPlan> plans = new ArrayList<>();
        for (Plan plan : repository.plans(offerId)) {
            Map<PricePoint, BigDecimal> usd = repository.usdPrices(plan.ref());
            Map<String, Map<PricePoint, BigDecimal>> overrides = repository.overrides(plan.ref());
            Map<String, LocalPrices> local = new LinkedHashMap<>();
            for (String code : repository.planMarkets(plan.ref())) {
                Market market = markets.get(code);
                List<CopiedPrice> prices = new ArrayList<>();
                usd.forEach((point, amount) -> {
                    BigDecimal override = overrides.getOrDefault(code, Map.of()).get(point);
                    prices.add(CopiedPrice.of(point.kind(), point.key(),
                            override != null ? override : PriceConversion.toLocal(amount, market)));
                });
                local.put(code, new LocalPrices(market.currency(), prices));
            }
            plans.add(new CopiedPlan(plan.planId(), plan.name(), plan.summary(), plan.description(), plan.visibility(),
                    plan.hidden(), plan.pricingModel(), plan.freeTrial(), plan.minSeats(), plan.maxSeats(),
                    usd.entrySet().stream().map(e -> CopiedPrice.of(e.getKey().kind(), e.getKey().key(), e.getValue())).toList(),
                    local));
        }
        return plans;
    }

    /**
     * A hash of everything the publisher decides in the working copy: each plan's fields, USD
     * prices, own market prices, markets, meters and private tenants. Not the converted prices: a
     * new exchange rate is the staff's change, not one the publisher has to submit.
     */
    private String fingerprint(long offerId) {
        StringBuilder all = new StringBuilder();
        for (Plan plan : repository.plans(offerId)) {
            all.append("\n").append(String.join("|", plan.planId(), plan.name(), plan.summary(), plan.description(),
                    plan.visibility().name(), String.valueOf(plan.hidden()), String.valueOf(plan.pricingModel()),
                    String.valueOf(plan.freeTrial()), String.valueOf(plan.minSeats()), String.valueOf(plan.maxSeats())));
            repository.usdPrices(plan.ref()).forEach((point, usd) -> all.append("|usd:").append(point.kind())
                    .append(':').append(point.key()).append('=').append(usd.stripTrailingZeros().toPlainString()));
            new java.util.TreeMap<>(repository.overrides(plan.ref())).forEach((market, prices) -> prices.entrySet().stream()
                    .map(e -> market + ":" + e.getKey().kind() + ":" + e.getKey().key() + "="
                            + e.getValue().stripTrailingZeros().toPlainString())
                    .sorted().forEach(o -> all.append("|own:").append(o)));
            all.append("|markets:").append(String.join(",", repository.planMarkets(plan.ref())));
            repository.meters(plan.ref()).forEach(m -> all.append("|meter:").append(m.dimensionId()).append(',')
                    .append(m.displayName()).append(',').append(m.unitOfMeasure()).append(',')
                    .append(m.includedQuantity()).append(',').append(m.term()));
            all.append("|tenants:").append(String.join(",", repository.tenants(plan.ref())));
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(all.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static StorefrontPlan storefront(CopiedPlan plan, String market, LocalDate today) {
        LocalPrices local = market == null ? null : plan.local().get(market);
        List<PlanPrice> prices = local != null
                ? local.prices().stream().map(p -> price(p, local.currency(), today)).toList()
                : plan.usd().stream().map(p -> price(p, "USD", today)).toList();
        String note = plan.model() == null || plan.model().paid() ? null : plan.model().messageKey();
        return new StorefrontPlan(plan.planId(), plan.name(), plan.summary(), prices, note, plan.freeTrial());
    }

    /** The price that applies today, and the announced one with its date while the old one still holds. */
    private static PlanPrice price(CopiedPrice price, String currency, LocalDate today) {
        StorefrontPlans.Upcoming next = price.pending(today)
                ? new StorefrontPlans.Upcoming(shown(price.amount(), currency), price.effectiveOn()) : null;
        return new PlanPrice(price.kind().messageKey(), price.key().isEmpty() ? null : price.key(),
                shown(price.effective(today), currency), currency, next);
    }

    /** With the currency's usual decimals (29.90 EUR, 4,400 JPY); hourly prices keep their finer digits. */
    private static BigDecimal shown(BigDecimal amount, String currency) {
        int digits = Math.max(amount.scale(), java.util.Currency.getInstance(currency).getDefaultFractionDigits());
        return amount.setScale(digits, java.math.RoundingMode.UNNECESSARY);
    }

    /** A plan as a copy keeps it; {@code local}: the prices per market it is sold in. */
    record CopiedPlan(String planId, String name, String summary, String description, Visibility visibility,
                      boolean hidden, PricingModel model, boolean freeTrial, Integer minSeats, Integer maxSeats,
                      List<CopiedPrice> usd, Map<String, LocalPrices> local) {

        /** This plan about to be published over {@code before}: each changed price holds its old amount until its date. */
        CopiedPlan holding(CopiedPlan before, LocalDate today) {
            Map<String, LocalPrices> held = new LinkedHashMap<>();
            local.forEach((code, prices) -> {
                LocalPrices old = before.local().get(code);
                held.put(code, old == null || !old.currency().equals(prices.currency()) ? prices
                        : new LocalPrices(prices.currency(), prices.prices().stream()
                        .map(p -> old.find(p).map(o -> o.followedBy(p, today)).orElse(p)).toList()));
            });
            List<CopiedPrice> heldUsd = usd.stream().map(p -> new LocalPrices("USD", before.usd()).find(p)
                    .map(o -> o.followedBy(p, today)).orElse(p)).toList();
            return new CopiedPlan(planId, name, summary, description, visibility, hidden, model, freeTrial, minSeats,
                    maxSeats, heldUsd, held);
        }
    }

    record LocalPrices(String currency, List<CopiedPrice> prices) {
        Optional<CopiedPrice> find(CopiedPrice same) {
            return prices.stream().filter(p -> p.kind() == same.kind() && p.key().equals(same.key())).findFirst();
        }
    }

    /**
     * One price of a copy. In a published copy, a change that has not taken effect yet keeps the
     * amount customers pay until then ({@code held}) and the day the new {@code amount} applies
     * ({@code effectiveOn}); both null otherwise. Amounts are kept as plain strings so that a copy
     * read back compares equal to the working copy.
     */
    record CopiedPrice(PriceKind kind, String key, BigDecimal amount, BigDecimal held, LocalDate effectiveOn) {
        CopiedPrice {
            amount = plain(amount);
            held = held == null ? null : plain(held);
            if ((held == null) != (effectiveOn == null)) {
                throw new IllegalArgumentException("A held price has the day it ends, and only then");
            }
        }

        static CopiedPrice of(PriceKind kind, String key, BigDecimal amount) {
            return new CopiedPrice(kind, key, amount, null, null);
        }

        boolean pending(LocalDate day) {
            return held != null && day.isBefore(effectiveOn);
        }

        BigDecimal effective(LocalDate day) {
            return pending(day) ? held : amount;
        }

        /**
         * The price a change starts from: the announced amount when the publisher keeps it (its
         * date stands), else what customers pay today.
         */
        BigDecimal movingFrom(CopiedPrice next, LocalDate today) {
            return next.amount().compareTo(amount) == 0 ? amount : effective(today);
        }

        /** This published price replaced by {@code next} on {@code today}, by the marketplace's rules for a live plan. */
        CopiedPrice followedBy(CopiedPrice next, LocalDate today) {
            if (next.amount().compareTo(amount) == 0) {
                return pending(today) ? this : of(kind, key, amount);
            }
            BigDecimal from = effective(today);
            int direction = next.amount().compareTo(from);
            if (direction == 0) {
                return of(kind, key, next.amount());
            }
            return new CopiedPrice(kind, key, next.amount(), from, direction > 0
                    ? PriceChangeSchedule.increaseEffectiveOn(today) : PriceChangeSchedule.decreaseEffectiveOn(today));
        }

        private static BigDecimal plain(BigDecimal amount) {
            BigDecimal stripped = amount.stripTrailingZeros();
            return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
        }
    }
}
