package com.publisherportal.listing;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

import java.util.List;
import java.util.Optional;

@org.springframework.modulith.NamedInterface("demo-data")
public interface ListingRepository extends ListCrudRepository<ListingRevision, Long> {

    // Written out, not derived from the name: Spring Data JDBC builds a derived query's SQL on every
    // call, and the storefront asks this on each visit (bench/load/README.md has the recordings).
    @Query("SELECT * FROM listing_revision WHERE offer_id = :offerId AND state = :state")
    Optional<ListingRevision> findByOfferIdAndState(long offerId, RevisionState state);

    /** The offer's listing as it stands for its publisher: the draft if one is open, else the live revision; one query. */
    @Query("SELECT * FROM listing_revision WHERE offer_id = :offerId AND state IN ('DRAFT', 'LIVE')"
            + " ORDER BY CASE state WHEN 'DRAFT' THEN 0 ELSE 1 END FETCH FIRST 1 ROWS ONLY")
    Optional<ListingRevision> findDraftElseLive(long offerId);

    List<ListingRevision> findByOfferIdOrderByRevisionNumberDesc(long offerId);

    @Query("SELECT COALESCE(MAX(revision_number), 0) FROM listing_revision WHERE offer_id = :offerId")
    int lastRevisionNumber(long offerId);
}
