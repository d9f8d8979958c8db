package com.publisherportal.onboarding;

/** The state of a nomination or a seller registration in the staff queue. */
public enum ReviewStatus {
    SUBMITTED,
    APPROVED,
    REJECTED
}
