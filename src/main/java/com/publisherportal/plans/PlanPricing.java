package com.publisherportal.plans;

import com.publisherportal.common.ValidationException;
import com.publisherportal.common.ValidationException.Violation;
import com.publisherportal.onboarding.OfferType;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How a plan is billed: its model, its USD prices per price point (the term prices; per VM size
 * for {@link PricingModel#PER_CORE_SIZE}), its meters (their prices are in the meters), seat
 * limits and the free trial. Prices may be missing while the publisher works; the submission
 * check asks for them. Whether the model and the trial suit the offer type: {@link #checkFor}.
 */
public record PlanPricing(PricingModel model, boolean freeTrial, Integer minSeats, Integer maxSeats,
                          Map<PricePoint, BigDecimal> usdPrices, List<Meter> meters) {

    public PlanPricing {
        java.util.Objects.requireNonNull(model, "model");
        usdPrices = usdPrices == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(usdPrices));
        meters = meters == null ? List.of() : List.copyOf(meters);
        List<Violation> violations = new ArrayList<>();
        for (var price : usdPrices.entrySet()) {
            PricePoint point = price.getKey();
            String field = "price." + point.kind().name() + (point.key().isEmpty() ? "" : "." + point.key());
            if (!model.termKinds().contains(point.kind())) {
                violations.add(new Violation(field, "plans.price.not-for-model", point.kind(), model));
            } else if (!PlanRules.validPrice(price.getValue())) {
                violations.add(new Violation(field, "plans.price.invalid", PlanRules.PRICE_SCALE));
            } else if (point.kind() == PriceKind.PER_SIZE_HOUR && !PlanRules.validVmSize(point.key())) {
                violations.add(new Violation(field, "plans.vm-size.invalid", point.key()));
            }
        }
        if (meters.size() > model.maxMeters()) {
            violations.add(new Violation("meters", "plans.meters.too-many", model.maxMeters(), model));
        }
        Set<String> ids = new HashSet<>();
        for (Meter meter : meters) {
            if (!ids.add(meter.dimensionId())) {
                violations.add(new Violation("meter." + meter.dimensionId() + ".id", "plans.meter.duplicate",
                        meter.dimensionId()));
            }
        }
        if (freeTrial && !meters.isEmpty()) {
            violations.add(new Violation("freeTrial", "plans.trial.not-with-meters"));
        }
        if (!model.hasSeats() && (minSeats != null || maxSeats != null)) {
            violations.add(new Violation("minSeats", "plans.seats.not-for-model", model));
        }
        if (minSeats != null && (minSeats < 1 || minSeats > PlanRules.SEATS_MAX)) {
            violations.add(new Violation("minSeats", "plans.seats.invalid", PlanRules.SEATS_MAX));
        }
        if (maxSeats != null && (maxSeats < 1 || maxSeats > PlanRules.SEATS_MAX)) {
            violations.add(new Violation("maxSeats", "plans.seats.invalid", PlanRules.SEATS_MAX));
        }
        if (minSeats != null && maxSeats != null && minSeats > maxSeats) {
            violations.add(new Violation("maxSeats", "plans.seats.min-above-max"));
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
    }

    /** A model with no prices yet. */
    public static PlanPricing of(PricingModel model) {
        return new PlanPricing(model, false, null, null, Map.of(), List.of());
    }

    /** Refuses a model or a free trial that the offer's type does not allow. */
    public void checkFor(OfferType type) {
        if (!model.allows(type)) {
            throw new ValidationException("model", "plans.model.not-for-type", model, type);
        }
        if (freeTrial && !PricingModel.freeTrialAllowed(type)) {
            throw new ValidationException("freeTrial", "plans.trial.not-for-type", type);
        }
    }

    /** Every price point of the plan: the term prices, then one per meter. */
    public List<PricePoint> pricePoints() {
        List<PricePoint> points = new ArrayList<>(usdPrices.keySet());
        meters.forEach(m -> points.add(m.pricePoint()));
        return points;
    }

    /** The USD price of every price point, meters included. */
    public Map<PricePoint, BigDecimal> allUsdPrices() {
        Map<PricePoint, BigDecimal> all = new LinkedHashMap<>(usdPrices);
        meters.forEach(m -> all.put(m.pricePoint(), m.usdPrice()));
        return all;
    }

    /** Whether the model's terms are priced: at least one term price (the meters alone do not sell a plan). */
    public boolean termsPriced() {
        return !model.paid() || usdPrices.keySet().stream().anyMatch(p -> model.termKinds().contains(p.kind()));
    }
}
