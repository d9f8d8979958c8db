package com.publisherportal.onboarding;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import java.time.Instant;

/**
 * An offer of a publisher account. {@code offerId} is the publisher's immutable identifier
 * (storefront URLs read {@code publisherId.offerId}); {@code id} is the database key.
 * {@code dueAt} is the staff decision deadline while the offer awaits certification.
 */
@Table
public record Offer(@Id Long id, long accountId, String offerId, String name, OfferType offerType, OfferStatus status,
                    long createdBy, Instant createdAt, Instant submittedAt, Instant dueAt, Long claimedBy,
                    Instant claimedAt, Instant wentLiveAt, @Version Integer version) {

    /** Whether the storefront shows the offer: it went live once and has not been stopped. */
    public boolean onStorefront() {
        return wentLiveAt != null && status != OfferStatus.NOT_AVAILABLE;
    }

    public Offer withStatus(OfferStatus newStatus) {
        return new Offer(id, accountId, offerId, name, offerType, newStatus, createdBy, createdAt, submittedAt, dueAt,
                claimedBy, claimedAt, wentLiveAt, version);
    }

    public Offer submitted(Instant at, Instant due) {
        return new Offer(id, accountId, offerId, name, offerType, OfferStatus.SUBMITTED, createdBy, createdAt, at, due,
                null, null, wentLiveAt, version);
    }

    public Offer claimed(Long by, Instant at) {
        return new Offer(id, accountId, offerId, name, offerType, status, createdBy, createdAt, submittedAt, dueAt,
                by, at, wentLiveAt, version);
    }

    public Offer live(Instant at) {
        return new Offer(id, accountId, offerId, name, offerType, OfferStatus.LIVE, createdBy, createdAt, submittedAt,
                dueAt, claimedBy, claimedAt, at, version);
    }

    public Offer renamed(String newName) {
        return new Offer(id, accountId, offerId, newName, offerType, status, createdBy, createdAt, submittedAt, dueAt,
                claimedBy, claimedAt, wentLiveAt, version);
    }
}
