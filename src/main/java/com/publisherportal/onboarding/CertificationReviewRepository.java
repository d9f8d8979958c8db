package com.publisherportal.onboarding;

import org.springframework.data.repository.ListCrudRepository;

import java.util.Optional;

public interface CertificationReviewRepository extends ListCrudRepository<CertificationReview, Long> {

    Optional<CertificationReview> findFirstByOfferIdOrderByDecidedAtDescIdDesc(long offerId);
}
