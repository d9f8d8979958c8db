package com.publisherportal.onboarding;

import java.time.Instant;
import java.util.Objects;

/** An account's acceptance of one agreement version: who accepted it and when. */
public record AgreementAcceptance(long accountId, long versionId, AgreementKind kind, int versionNumber,
                                  long acceptedBy, String acceptedByName, Instant acceptedAt) {

    public AgreementAcceptance {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(acceptedAt, "acceptedAt");
    }
}
