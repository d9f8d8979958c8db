package com.publisherportal.onboarding;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The path from nomination to live as the seller's guide plans it, with where an account stands:
 * each stage done, under way (the account's current stages; registration and the offer's build run
 * in parallel) or still to come.
 */
public record OnboardingPlan(List<Step> steps) {

    /** The stages of the path, in order; REGISTRATION and OFFER_BUILD run side by side. */
    public enum Stage {
        NOMINATION, REGISTRATION, OFFER_BUILD, SUBMISSION, CERTIFICATION, PREVIEW, LIVE;

        /** Runs at the same time as the stage before it. */
        public boolean parallelWithPrevious() {
            return this == OFFER_BUILD;
        }
    }

    public enum State { DONE, CURRENT, UPCOMING }

    /** One stage for the account: its state and, while staff decide, when the decision is due. */
    public record Step(Stage stage, State state, Instant dueAt) {
        public Step {
            Objects.requireNonNull(stage, "stage");
            Objects.requireNonNull(state, "state");
        }
    }

    public OnboardingPlan {
        steps = List.copyOf(steps);
        if (steps.size() != Stage.values().length) {
            throw new IllegalArgumentException("a plan has every stage once");
        }
    }

    public Step step(Stage stage) {
        return steps.get(stage.ordinal());
    }

    /** The stages under way now (two when registration and the offer's build run together). */
    public List<Stage> current() {
        return steps.stream().filter(s -> s.state() == State.CURRENT).map(Step::stage).toList();
    }
}
