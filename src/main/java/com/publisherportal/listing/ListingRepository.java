package com.publisherportal.listing;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

import java.util.List;
import java.util.Optional;

@org.springframework.modulith.NamedInterface("demo-data")
public interface ListingRepository extends ListCrudRepository<ListingRevision, Long> {

    // Written out, not derived from the name: Spring Data JDBC builds a derived query's SQL on every
    // call, and the storefront asks this on each visit (issue 20: 2.5 % of the server's CPU under 1,000 users).
    @Query("SELECT * FROM listing_revision WHERE offer_id = :offerId AND state = :state")
    Optional<ListingRevision> findByOfferIdAndState(long offerId, RevisionState state);

    List<ListingRevision> findByOfferIdOrderByRevisionNumberDesc(long offerId);

    @Query("SELECT COALESCE(MAX(revision_number), 0) FROM listing_revision WHERE offer_id = :offerId")
    int lastRevisionNumber(long offerId);
}
