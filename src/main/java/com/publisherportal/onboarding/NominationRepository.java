package com.publisherportal.onboarding;

import org.springframework.data.repository.ListCrudRepository;

import java.util.List;

@org.springframework.modulith.NamedInterface("demo-data")
public interface NominationRepository extends ListCrudRepository<Nomination, Long> {

    boolean existsByAccountIdAndStatus(long accountId, ReviewStatus status);

    List<Nomination> findByAccountIdOrderBySubmittedAtDesc(long accountId);
}
