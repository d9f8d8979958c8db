package com.publisherportal.plans;

/** A plan in the offer's list of plans: the plan, how many markets it is sold in, and whether it is fully priced. */
public record PlanSummary(Plan plan, int marketCount, int tenantCount, boolean complete) {
}
