package com.publisherportal.onboarding;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What a publisher receives when their nomination is approved (the seller's guide): a promotion
 * code waiving the developer-account fee, the technical pre-approval for the nominated offer
 * type, the next steps and the onboarding team's contact.
 */
public record ApprovalPackage(String productName, OfferType preApprovedType, Instant approvedAt, CodeState code,
                              Instant codeShownAt, Instant codeRedeemedAt, Optional<OnboardingContact> contact) {

    /** Where the promotion code stands. Its plain text is never part of the package. */
    public enum CodeState {
        /** Issued and not shown yet: the owner's next visit to the nomination page shows it, once. */
        WAITING_TO_BE_SHOWN,
        SHOWN,
        REDEEMED,
        /** The account was approved before codes were issued. */
        NONE
    }

    public ApprovalPackage {
        Objects.requireNonNull(productName, "productName");
        Objects.requireNonNull(preApprovedType, "preApprovedType");
        Objects.requireNonNull(approvedAt, "approvedAt");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(contact, "contact");
    }
}
