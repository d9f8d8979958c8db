package com.publisherportal.attribution;

import java.time.Instant;

/**
 * A tracking GUID in a publisher's registry, with the offer it is for. A retired GUID stays for
 * history and keeps belonging to its publisher, but is no longer shown as active.
 */
public record RegisteredGuid(long id, TrackingGuid guid, long accountId, long offerId, String offerIdentifier,
                             String offerName, DistributionChannel channel, String channelName, String plan,
                             String description, String createdByEmail, Instant createdAt, Instant retiredAt) {

    public boolean active() {
        return retiredAt == null;
    }
}
