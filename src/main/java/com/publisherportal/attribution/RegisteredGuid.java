package com.publisherportal.attribution;

import java.time.Instant;

/**
 * A tracking GUID in a publisher's registry, with the offer it is for, if any (a GUID for a
 * quickstart template, a public repository or a customer engagement may have none). A retired
 * GUID stays for history and keeps belonging to its publisher, but is no longer shown as active.
 */
public record RegisteredGuid(long id, TrackingGuid guid, long accountId, Long offerId, String offerIdentifier,
                             String offerName, DistributionChannel channel, String channelName, String plan,
                             String description, String createdByEmail, Instant createdAt, Instant retiredAt) {

    public boolean active() {
        return retiredAt == null;
    }

    public boolean hasOffer() {
        return offerId != null;
    }

    /** What the GUID is for, in messages: its offer's name, else the publisher's own description. */
    public String purpose() {
        return hasOffer() ? offerName : description;
    }
}
