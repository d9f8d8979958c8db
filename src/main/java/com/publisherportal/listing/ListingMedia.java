package com.publisherportal.listing;

import java.time.Instant;

/** A marketing artifact's description, without its bytes. */
public record ListingMedia(long id, long revisionId, MediaKind kind, int position, String fileName, String contentType,
                           int sizeBytes, Integer width, Integer height, String videoUrl, String title,
                           Instant createdAt) {

    /** Where the browser fetches the file (served only to those allowed to see it). */
    public String url() {
        return "media/" + id;
    }
}
