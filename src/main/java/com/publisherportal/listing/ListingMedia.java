package com.publisherportal.listing;

import java.time.Instant;

/** A marketing artifact's description, without its bytes; {@code durationSeconds}: a video's length, if given. */
public record ListingMedia(long id, long revisionId, MediaKind kind, int position, String fileName, String contentType,
                           int sizeBytes, Integer width, Integer height, String videoUrl, String title,
                           Instant createdAt, Integer durationSeconds) {

    /** Where the browser fetches the file (served only to those allowed to see it). */
    public String url() {
        return "media/" + id;
    }
}
