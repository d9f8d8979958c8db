package com.publisherportal.onboarding;

import com.publisherportal.common.ValidationException.Violation;

import java.util.List;

/**
 * One part of the automated validation that runs when an offer is submitted. Every check runs
 * and every failure is shown at once; features add their own checks as beans (e.g. the
 * listing's rules).
 */
public interface SubmissionCheck {
    List<Violation> check(Offer offer);
}
