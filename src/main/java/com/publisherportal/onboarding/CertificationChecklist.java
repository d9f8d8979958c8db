package com.publisherportal.onboarding;

/** What a reviewer checks in certification (docs/domain.md, Certification); the offer passes when all hold. */
public record CertificationChecklist(boolean globalReview, boolean platformCompatible, boolean imageSecurity,
                                     boolean malwareFree, boolean billingModel) {

    public boolean allPassed() {
        return globalReview && platformCompatible && imageSecurity && malwareFree && billingModel;
    }
}
