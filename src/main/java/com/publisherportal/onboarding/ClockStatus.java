package com.publisherportal.onboarding;

/** Where a staff service-level clock stands. */
public enum ClockStatus {
    ON_TIME,
    DUE_TODAY,
    OVERDUE
}
