package com.publisherportal.onboarding;

/**
 * The agreements a publisher accepts (the seller's guide: the participation policies, the terms of
 * use, the certified program agreement and the privacy statement), in the order they are shown.
 */
public enum AgreementKind {
    PARTICIPATION_POLICIES,
    TERMS_OF_USE,
    CERTIFIED_PROGRAM,
    PRIVACY_STATEMENT;

    public String messageKey() {
        return "agreements.kind." + name();
    }
}
