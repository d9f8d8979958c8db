package com.publisherportal.insights;

/** The ranges a user picks from (docs/domain.md, Insights): last month, 3, 6 (default) or 12 months, or custom. */
public enum RangePreset {
    LAST_MONTH(1), MONTHS_3(3), MONTHS_6(6), MONTHS_12(12), CUSTOM(0);

    private final int months;

    RangePreset(int months) {
        this.months = months;
    }

    public int months() {
        return months;
    }

    public String messageKey() {
        return "insights.range." + name();
    }
}
