package com.publisherportal.onboarding;

/**
 * A reviewer recorded a certification decision, published inside its transaction, so features
 * can keep what was reviewed (for the next review's "what changed since").
 */
public record CertificationRecorded(long offerId, long reviewId, boolean passed) {
}
