package com.publisherportal.onboarding.ui;

import com.publisherportal.common.ui.Badge;
import com.publisherportal.onboarding.ClockStatus;
import com.publisherportal.onboarding.OfferStatus;
import com.publisherportal.onboarding.ReviewStatus;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;

/** Badges for onboarding states, shared by the publisher's and the staff's views. */
final class OnboardingStatus {

    private OnboardingStatus() {
    }

    static Span review(Component context, ReviewStatus status) {
        return Badge.of(context.getTranslation("review-status." + status.name()), switch (status) {
            case SUBMITTED -> Badge.Tone.INFO;
            case APPROVED -> Badge.Tone.GOOD;
            case REJECTED -> Badge.Tone.BAD;
        });
    }

    static Span offer(Component context, OfferStatus status) {
        return Badge.of(context.getTranslation(status.messageKey()), switch (status) {
            case DRAFT -> Badge.Tone.NEUTRAL;
            case SUBMITTED, IN_CERTIFICATION -> Badge.Tone.INFO;
            case ATTENTION_NEEDED -> Badge.Tone.BAD;
            case PREVIEW, STOP_SELL_PENDING -> Badge.Tone.WARN;
            case LIVE -> Badge.Tone.GOOD;
            case NOT_AVAILABLE -> Badge.Tone.NEUTRAL;
        });
    }

    static Span clock(Component context, ClockStatus status) {
        return Badge.of(context.getTranslation("clock." + status.name()), switch (status) {
            case ON_TIME -> Badge.Tone.GOOD;
            case DUE_TODAY -> Badge.Tone.WARN;
            case OVERDUE -> Badge.Tone.BAD;
        });
    }

    /** Where a clock stands, an overdue one with its business days: "Overdue by 2 business days". */
    static Span due(Component context, com.publisherportal.onboarding.DueState due) {
        Span badge = due.status() == ClockStatus.OVERDUE
                ? Badge.of(context.getTranslation("clock.overdue-by", due.businessDaysOverdue()), Badge.Tone.BAD)
                : clock(context, due.status());
        badge.setId("due-state");
        return badge;
    }
}
