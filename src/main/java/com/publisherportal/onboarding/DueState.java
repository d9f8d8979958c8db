package com.publisherportal.onboarding;

/**
 * Where an item's service-level clock stands, and for an overdue one by how many business days
 * (at least 1: an item due on Friday is one day overdue on Monday, and on the weekend too).
 */
public record DueState(ClockStatus status, int businessDaysOverdue) {

    public DueState {
        if ((status == ClockStatus.OVERDUE) != (businessDaysOverdue > 0)) {
            throw new IllegalArgumentException(status + " overdue by " + businessDaysOverdue);
        }
    }
}
