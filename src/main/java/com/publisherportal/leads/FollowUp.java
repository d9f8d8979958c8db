package com.publisherportal.leads;

import com.publisherportal.onboarding.OfferType;

import java.time.Duration;
import java.time.Instant;

/**
 * The follow-up clock of a lead (docs/domain.md, Leads: within 24 hours while it is warm, 48 for
 * consulting offers). It runs while a lead is NEW and may be contacted; moving the lead on stops it.
 */
public enum FollowUp {
    /** Nothing to follow up: the lead was handled, or must not be contacted. */
    NONE,
    ON_TIME,
    /** Due within {@link #DUE_SOON_WINDOW}. */
    DUE_SOON,
    OVERDUE;

    public static final Duration DEFAULT_DELAY = Duration.ofHours(24);
    public static final Duration CONSULTING_DELAY = Duration.ofHours(48);
    public static final Duration DUE_SOON_WINDOW = Duration.ofHours(4);

    public static Duration delay(boolean consulting) {
        return consulting ? CONSULTING_DELAY : DEFAULT_DELAY;
    }

    /** Whether leads for an offer type are consulting leads, with the longer follow-up delay. */
    public static boolean consulting(OfferType type) {
        return switch (type) {
            case CONSULTING_SERVICE -> true;
            case VIRTUAL_MACHINE, AZURE_APPLICATION, SAAS, CONTAINER, IOT_EDGE_MODULE, BUSINESS_APP -> false;
        };
    }

    public static FollowUp of(LeadStatus status, boolean doNotContact, Instant dueAt, Instant now) {
        if (status != LeadStatus.NEW || doNotContact) {
            return NONE;
        }
        if (now.isAfter(dueAt)) {
            return OVERDUE;
        }
        return now.plus(DUE_SOON_WINDOW).isAfter(dueAt) ? DUE_SOON : ON_TIME;
    }
}
