package com.publisherportal.onboarding;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

import java.time.Instant;

/** A staff certification decision: the checklist and the report the publisher sees on the offer. */
@Table
public record CertificationReview(@Id Long id, long offerId, long reviewerId, Instant decidedAt, boolean passed,
                                  boolean globalReview, boolean platformCompatible, boolean imageSecurity,
                                  boolean malwareFree, boolean billingModel, String report) {
}
