package com.publisherportal.onboarding;

import org.springframework.data.repository.ListCrudRepository;

import java.util.List;

public interface NominationRepository extends ListCrudRepository<Nomination, Long> {

    boolean existsByAccountIdAndStatus(long accountId, ReviewStatus status);

    List<Nomination> findByAccountIdOrderBySubmittedAtDesc(long accountId);
}
