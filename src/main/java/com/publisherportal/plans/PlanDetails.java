package com.publisherportal.plans;

import com.publisherportal.common.OutsideText;
import com.publisherportal.common.ValidationException;
import com.publisherportal.common.ValidationException.Violation;

import java.util.ArrayList;
import java.util.List;

/** What the storefront says of a plan: its name, a summary and a description (plain text). */
public record PlanDetails(String name, String summary, String description) {

    public PlanDetails {
        name = PlanRules.trim(OutsideText.singleLine(name));
        summary = PlanRules.trim(OutsideText.singleLine(summary));
        description = PlanRules.trim(OutsideText.multiLine(description));
        List<Violation> violations = new ArrayList<>();
        required(violations, "name", name, PlanRules.NAME_MAX);
        required(violations, "summary", summary, PlanRules.SUMMARY_MAX);
        required(violations, "description", description, PlanRules.DESCRIPTION_MAX);
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
    }

    private static void required(List<Violation> violations, String field, String value, int max) {
        if (value.isEmpty()) {
            violations.add(new Violation(field, "plans.required"));
        } else if (value.length() > max) {
            violations.add(new Violation(field, "plans.too-long", max));
        }
    }
}
