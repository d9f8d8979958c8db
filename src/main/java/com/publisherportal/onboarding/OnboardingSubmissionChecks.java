package com.publisherportal.onboarding;

import com.publisherportal.common.ValidationException.Violation;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;

/**
 * The onboarding's own submission checks: an approved registration, a complete prerequisites
 * checklist, and the current version of every agreement accepted by the account's owner (the
 * agreements' prerequisite is this last check, so it is not named twice).
 */
@Configuration
class OnboardingSubmissionChecks {

    @Bean
    SubmissionCheck registrationApproved(SellerRegistrationRepository registrations) {
        return offer -> registrations.existsByAccountIdAndStatus(offer.accountId(), ReviewStatus.APPROVED)
                ? List.of() : List.of(new Violation("registration", "submit.registration-not-approved"));
    }

    @Bean
    SubmissionCheck prerequisitesComplete(PrerequisiteRepository prerequisites) {
        return offer -> {
            var ticks = prerequisites.ticks(offer.id());
            return Prerequisite.forType(offer.offerType()).stream()
                    .filter(p -> p != Prerequisite.AGREEMENTS_ACCEPTED && !ticks.containsKey(p))
                    .map(p -> new Violation("prerequisites", "submit.prerequisite-missing",
                            (com.publisherportal.common.Translatable) () -> "prerequisite." + p.name()))
                    .toList();
        };
    }

    @Bean
    SubmissionCheck agreementsAccepted(AgreementService agreements) {
        return offer -> agreements.outstanding(offer.accountId());
    }
}
