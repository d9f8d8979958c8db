package com.publisherportal.onboarding;

import org.springframework.data.repository.ListCrudRepository;

import java.util.List;

@org.springframework.modulith.NamedInterface("demo-data")
public interface SellerRegistrationRepository extends ListCrudRepository<SellerRegistration, Long> {

    boolean existsByAccountIdAndStatus(long accountId, ReviewStatus status);

    List<SellerRegistration> findByAccountIdOrderBySubmittedAtDesc(long accountId);
}
