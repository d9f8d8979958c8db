package com.publisherportal.plans;

import com.publisherportal.common.OutsideText;
import com.publisherportal.common.ValidationException;
import com.publisherportal.common.ValidationException.Violation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A custom meter dimension (domain.md 10): billed per unit of use beyond the quantity the plan's
 * price includes per month or per year. {@code usdPrice} has at most 2 decimals and may be 0.
 */
public record Meter(String dimensionId, String displayName, String unitOfMeasure, BigDecimal usdPrice,
                    long includedQuantity, MeterTerm term) {

    public Meter {
        dimensionId = PlanRules.trim(dimensionId);
        displayName = PlanRules.trim(OutsideText.singleLine(displayName));
        unitOfMeasure = PlanRules.trim(OutsideText.singleLine(unitOfMeasure));
        String field = "meter." + (dimensionId.isEmpty() ? "?" : dimensionId);
        List<Violation> violations = new ArrayList<>();
        if (!PlanRules.validId(dimensionId)) {
            violations.add(new Violation(field + ".id", "plans.meter.id-invalid", dimensionId));
        }
        if (displayName.isEmpty() || displayName.length() > PlanRules.DIMENSION_NAME_MAX) {
            violations.add(new Violation(field + ".displayName", "plans.meter.name-invalid", dimensionId,
                    PlanRules.DIMENSION_NAME_MAX));
        }
        if (unitOfMeasure.isEmpty() || unitOfMeasure.length() > PlanRules.UNIT_MAX) {
            violations.add(new Violation(field + ".unit", "plans.meter.unit-invalid", dimensionId, PlanRules.UNIT_MAX));
        }
        if (usdPrice == null || !PlanRules.validPrice(usdPrice) || usdPrice.stripTrailingZeros().scale() > 2) {
            violations.add(new Violation(field + ".price", "plans.meter.price-invalid", dimensionId));
        }
        if (includedQuantity < 0) {
            violations.add(new Violation(field + ".included", "plans.meter.included-invalid", dimensionId));
        }
        if (term == null) {
            violations.add(new Violation(field + ".term", "plans.required"));
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
    }

    public PricePoint pricePoint() {
        return new PricePoint(PriceKind.METER_UNIT, dimensionId);
    }
}
