package com.publisherportal.onboarding;

import com.publisherportal.common.ValidationException.Violation;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;

/** The onboarding's own submission checks: an approved registration and a complete prerequisites checklist. */
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
            return Prerequisite.forType(offer.offerType()).stream().filter(p -> !ticks.containsKey(p))
                    .map(p -> new Violation("prerequisites", "submit.prerequisite-missing",
                            (com.publisherportal.common.Translatable) () -> "prerequisite." + p.name()))
                    .toList();
        };
    }
}
