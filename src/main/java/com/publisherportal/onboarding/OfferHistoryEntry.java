package com.publisherportal.onboarding;

import java.time.Instant;

/** One line of an offer's History tab. */
public record OfferHistoryEntry(long id, long offerId, Instant occurredAt, String actorEmail, OfferStatus fromStatus,
                                OfferStatus toStatus, String comment) {
}
