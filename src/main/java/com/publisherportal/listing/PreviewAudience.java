package com.publisherportal.listing;

import java.util.List;

/** An offer's preview audience: what it lists, its entries, and the token of its preview link. */
public record PreviewAudience(long offerId, PreviewAudienceKind kind, List<String> members, String token) {

    public static final int MAX_MEMBERS = 100;

    public PreviewAudience {
        members = List.copyOf(members);
    }
}
