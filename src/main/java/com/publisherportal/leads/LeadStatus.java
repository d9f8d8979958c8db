package com.publisherportal.leads;

import java.util.EnumSet;
import java.util.Set;

/** Where a lead is in the publisher's sales process: NEW → CONTACTED → QUALIFIED → WON or LOST. */
public enum LeadStatus {
    NEW,
    CONTACTED,
    QUALIFIED,
    WON,
    LOST;

    /** The statuses this one may move to; a lead may be given up (LOST) at any open step. */
    public Set<LeadStatus> next() {
        return switch (this) {
            case NEW -> EnumSet.of(CONTACTED, LOST);
            case CONTACTED -> EnumSet.of(QUALIFIED, LOST);
            case QUALIFIED -> EnumSet.of(WON, LOST);
            case WON, LOST -> EnumSet.noneOf(LeadStatus.class);
        };
    }

    /** The statuses a lead may move to, given whether the customer asked not to be contacted. */
    public Set<LeadStatus> next(boolean doNotContact) {
        Set<LeadStatus> next = next();
        if (doNotContact) {
            next.remove(CONTACTED);
        }
        return next;
    }

    public boolean isClosed() {
        return this == WON || this == LOST;
    }
}
