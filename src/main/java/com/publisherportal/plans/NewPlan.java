package com.publisherportal.plans;

import com.publisherportal.common.ValidationException;

/** A plan to create: its id (fixed once created) and what the storefront says of it. */
public record NewPlan(String planId, PlanDetails details) {

    public NewPlan {
        planId = PlanRules.trim(planId);
        if (planId.isEmpty()) {
            throw new ValidationException("planId", "plans.required");
        }
        if (!PlanRules.validId(planId)) {
            throw new ValidationException("planId", "plans.id.invalid", PlanRules.PLAN_ID_MAX);
        }
        java.util.Objects.requireNonNull(details, "details");
    }
}
