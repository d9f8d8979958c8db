package com.publisherportal.leads;

/**
 * What needs following up in an account, for the dashboard: open NEW leads and those due soon or
 * overdue. Test leads are left out.
 */
public record FollowUpSummary(int open, int dueSoon, int overdue) {
}
