package com.publisherportal.onboarding;

import java.time.Instant;

/** A prerequisite of an offer and, once ticked, who ticked it and when. */
public record PrerequisiteTick(Prerequisite item, String checkedBy, Instant checkedAt) {

    public boolean done() {
        return checkedAt != null;
    }
}
