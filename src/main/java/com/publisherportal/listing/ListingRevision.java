package com.publisherportal.listing;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import java.time.Instant;

/**
 * One revision of an offer's storefront listing. Lists (categories, keywords…) are stored as
 * text joined by newlines, since no item may contain one.
 */
@Table
public record ListingRevision(@Id Long id, long offerId, int revisionNumber, RevisionState state, String name,
                              String summary, String description, String gettingStarted, String categories,
                              String industries, String verticals, String productsUsed, String keywords, String privacyUrl,
                              String supportName, String supportEmail, String supportPhone, String engineeringName,
                              String engineeringEmail, String engineeringPhone, Integer consultingDuration,
                              ConsultingUnit consultingUnit, ConsultingType consultingType, Long updatedBy,
                              Instant updatedAt, Instant wentLiveAt, @Version Integer version) {

    public static ListingRevision empty(long offerId, int number, String name, Long by, Instant at) {
        return new ListingRevision(null, offerId, number, RevisionState.DRAFT, name, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, by, at, null, null);
    }

    public ListingRevision withState(RevisionState newState, Instant liveAt) {
        return new ListingRevision(id, offerId, revisionNumber, newState, name, summary, description, gettingStarted,
                categories, industries, verticals, productsUsed, keywords, privacyUrl, supportName, supportEmail, supportPhone,
                engineeringName, engineeringEmail, engineeringPhone, consultingDuration, consultingUnit,
                consultingType, updatedBy, updatedAt, liveAt, version);
    }

    /** A new draft with this revision's content, for editing a live offer. */
    public ListingRevision copyAsDraft(int number, Long by, Instant at) {
        return new ListingRevision(null, offerId, number, RevisionState.DRAFT, name, summary, description,
                gettingStarted, categories, industries, verticals, productsUsed, keywords, privacyUrl, supportName, supportEmail,
                supportPhone, engineeringName, engineeringEmail, engineeringPhone, consultingDuration, consultingUnit,
                consultingType, by, at, null, null);
    }
}
