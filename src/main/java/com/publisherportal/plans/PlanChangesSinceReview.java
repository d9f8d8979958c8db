package com.publisherportal.plans;

import java.time.Instant;
import java.util.List;

/** For a resubmission: the plan ids added, removed and changed since the review made at {@code reviewedAt}. */
public record PlanChangesSinceReview(Instant reviewedAt, List<String> added, List<String> removed, List<String> changed) {

    public PlanChangesSinceReview {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        changed = List.copyOf(changed);
    }

    public boolean none() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
    }
}
