package com.publisherportal.onboarding;

import java.util.Objects;
import java.util.Optional;

/**
 * Where an account stands on one agreement: its current version and the account's latest
 * acceptance of it (of the current version or of an older one), if any.
 */
public record AgreementStanding(AgreementVersion current, Optional<AgreementAcceptance> latestAcceptance) {

    public AgreementStanding {
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(latestAcceptance, "latestAcceptance");
    }

    public AgreementKind kind() {
        return current.kind();
    }

    /** The current version is accepted. */
    public boolean accepted() {
        return latestAcceptance.filter(a -> a.versionId() == current.id()).isPresent();
    }

    /** An older version was accepted: the owner must accept the new one (its change summary says why). */
    public boolean renewalNeeded() {
        return !accepted() && latestAcceptance.isPresent();
    }
}
