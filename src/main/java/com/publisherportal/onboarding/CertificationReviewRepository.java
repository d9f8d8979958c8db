package com.publisherportal.onboarding;

import org.springframework.data.repository.ListCrudRepository;

import java.util.Optional;

@org.springframework.modulith.NamedInterface("demo-data")
public interface CertificationReviewRepository extends ListCrudRepository<CertificationReview, Long> {

    Optional<CertificationReview> findFirstByOfferIdOrderByDecidedAtDescIdDesc(long offerId);

    java.util.List<CertificationReview> findByOfferIdOrderByDecidedAtDescIdDesc(long offerId);
}
