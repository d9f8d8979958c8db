package com.publisherportal.onboarding;

import org.springframework.data.repository.ListCrudRepository;

import java.util.Optional;

interface CertificationReviewRepository extends ListCrudRepository<CertificationReview, Long> {

    Optional<CertificationReview> findFirstByOfferIdOrderByDecidedAtDescIdDesc(long offerId);

    java.util.List<CertificationReview> findByOfferIdOrderByDecidedAtDescIdDesc(long offerId);
}
