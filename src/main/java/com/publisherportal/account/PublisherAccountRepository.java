package com.publisherportal.account;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

import java.util.Optional;

@org.springframework.modulith.NamedInterface("demo-data")
public interface PublisherAccountRepository extends ListCrudRepository<PublisherAccount, Long> {

    boolean existsByPublisherId(String publisherId);

    Optional<PublisherAccount> findByPublisherId(String publisherId);

    /** Locks the account row so concurrent membership changes are serialised (last-owner rule). */
    @Query("SELECT * FROM publisher_account WHERE id = :id FOR UPDATE")
    Optional<PublisherAccount> lockById(long id);
}
