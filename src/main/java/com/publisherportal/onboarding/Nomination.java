package com.publisherportal.onboarding;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import java.time.Instant;

/** A publisher's nomination of a product for the marketplace, decided by staff within 3 business days. */
@Table
public record Nomination(@Id Long id, long accountId, String productName, OfferType offerType, String description,
                         PlatformRelation platformRelation, String platformService, String targetCustomers,
                         String website, ReviewStatus status, long submittedBy, Instant submittedAt, Instant dueAt,
                         Long claimedBy, Instant claimedAt, Long decidedBy, Instant decidedAt, String decisionReason,
                         @Version Integer version) {

    public Nomination claimed(Long by, Instant at) {
        return new Nomination(id, accountId, productName, offerType, description, platformRelation, platformService,
                targetCustomers, website, status, submittedBy, submittedAt, dueAt, by, at, decidedBy, decidedAt,
                decisionReason, version);
    }

    public Nomination decided(ReviewStatus decision, long by, Instant at, String reason) {
        return new Nomination(id, accountId, productName, offerType, description, platformRelation, platformService,
                targetCustomers, website, decision, submittedBy, submittedAt, dueAt, claimedBy, claimedAt, by, at,
                reason, version);
    }
}
