package com.publisherportal.common.ui;

import java.util.Objects;

/** One figure on the dashboard: a title (message key), the figure, and a line that explains it. */
public record DashboardCard(String titleKey, String value, String detail) {

    public DashboardCard {
        Objects.requireNonNull(titleKey, "titleKey");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(detail, "detail");
    }
}
