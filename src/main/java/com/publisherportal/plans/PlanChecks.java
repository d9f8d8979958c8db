package com.publisherportal.plans;

import com.publisherportal.common.PublicAccess;
import com.publisherportal.common.ValidationException.Violation;
import com.publisherportal.onboarding.Offer;
import com.publisherportal.onboarding.SubmissionCheck;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The plans' part of the submission (issue 16): an offer whose type sells through plans needs at
 * least one, and each plan a pricing model, its prices when the model is paid, at least one market,
 * and its tenants when private. Each failure names the plan (field "plans", first argument the plan id).
 */
@Component
class PlanChecks implements SubmissionCheck {

    private final PlanRepository plans;
    private final PlanService service;

    PlanChecks(PlanRepository plans, PlanService service) {
        this.plans = plans;
        this.service = service;
    }

    @Override
    @PublicAccess("SubmissionCheck run by OfferLifecycle.submit and validate, which have checked the caller.")
    public List<Violation> check(Offer offer) {
        if (!PricingModel.takesPlans(offer.offerType())) {
            return List.of();
        }
        List<Plan> current = plans.plans(offer.id());
        if (current.isEmpty()) {
            return List.of(new Violation("plans", "plans.submit.none"));
        }
        Map<Long, int[]> counts = plans.counts(offer.id());
        List<Violation> violations = new ArrayList<>();
        for (Plan plan : current) {
            int[] c = counts.getOrDefault(plan.ref(), new int[2]);
            violations.addAll(problems(plan, service.pricingOf(plan), c[0], c[1]));
        }
        return violations;
    }

    /** What a plan lacks before it can be submitted; empty when it is complete. */
    static List<Violation> problems(Plan plan, PlanPricing pricing, int marketCount, int tenantCount) {
        List<Violation> violations = new ArrayList<>();
        if (pricing == null) {
            violations.add(new Violation("plans", "plans.submit.no-model", plan.planId()));
        } else if (!pricing.termsPriced()) {
            violations.add(new Violation("plans", "plans.submit.no-price", plan.planId(), pricing.model()));
        }
        if (marketCount == 0) {
            violations.add(new Violation("plans", "plans.submit.no-market", plan.planId()));
        }
        if (plan.visibility() == Visibility.PRIVATE && tenantCount == 0) {
            violations.add(new Violation("plans", "plans.submit.no-tenants", plan.planId()));
        }
        return violations;
    }
}
