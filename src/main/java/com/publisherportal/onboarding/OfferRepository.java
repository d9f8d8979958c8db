package com.publisherportal.onboarding;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

import java.util.List;
import java.util.Optional;

@org.springframework.modulith.NamedInterface("demo-data")
public interface OfferRepository extends ListCrudRepository<Offer, Long> {

    // Written out, as ListingRepository.findByOfferIdAndState: a derived query's SQL is built on
    // every call, and views list the account's offers each time they open.
    @Query("SELECT * FROM offer WHERE account_id = :accountId ORDER BY name")
    List<Offer> findByAccountIdOrderByNameAsc(long accountId);

    Optional<Offer> findByAccountIdAndOfferId(long accountId, String offerId);

    boolean existsByAccountIdAndOfferId(long accountId, String offerId);

    /** Locks the offer row, so concurrent first edits cannot both start a draft revision. */
    @Query("SELECT * FROM offer WHERE id = :id FOR UPDATE")
    Optional<Offer> lockById(long id);

    @Query("""
            SELECT o.* FROM offer o JOIN publisher_account a ON a.id = o.account_id
            WHERE a.publisher_id = :publisherId AND o.offer_id = :offerId""")
    Optional<Offer> findByPublisherIdAndOfferId(String publisherId, String offerId);
}
