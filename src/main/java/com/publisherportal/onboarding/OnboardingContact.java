package com.publisherportal.onboarding;

import java.time.Instant;
import java.util.Objects;

/** The onboarding team's contact of an account: the staff member assigned to guide it. */
public record OnboardingContact(long staffId, String name, String email, Instant assignedAt) {

    public OnboardingContact {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(assignedAt, "assignedAt");
    }
}
