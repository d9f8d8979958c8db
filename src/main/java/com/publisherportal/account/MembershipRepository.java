package com.publisherportal.account;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

import java.util.Optional;

@org.springframework.modulith.NamedInterface("demo-data")
public interface MembershipRepository extends ListCrudRepository<Membership, Long> {

    Optional<Membership> findByUserIdAndAccountId(long userId, long accountId);

    /** Enabled owners of the account other than the given user. */
    @Query("""
            SELECT COUNT(*) FROM membership m JOIN app_user u ON u.id = m.user_id
            WHERE m.account_id = :accountId AND m.role = 'OWNER' AND u.enabled = TRUE AND m.user_id <> :userId""")
    int countOtherActiveOwners(long accountId, long userId);
}
