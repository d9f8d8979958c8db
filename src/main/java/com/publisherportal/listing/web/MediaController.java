package com.publisherportal.listing.web;

import com.publisherportal.listing.ListingMediaService;
import com.publisherportal.listing.MediaContent;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;

/**
 * Serves listing media to those allowed to see it (public for live listings; otherwise the
 * offer's account and staff), with the stored content type, {@code nosniff} and a file name.
 * Anything else is "not found", never a hint that the file exists.
 */
@RestController
class MediaController {

    private final ListingMediaService media;

    MediaController(ListingMediaService media) {
        this.media = media;
    }

    @GetMapping("/media/{id}")
    ResponseEntity<byte[]> media(@PathVariable long id) {
        return media.mediaContent(id).map(MediaController::answer).orElseGet(() -> ResponseEntity.notFound().build());
    }

    private static ResponseEntity<byte[]> answer(MediaContent content) {
        boolean document = MediaType.APPLICATION_PDF_VALUE.equals(content.contentType());
        ContentDisposition disposition = (document ? ContentDisposition.attachment() : ContentDisposition.inline())
                .filename(content.fileName(), StandardCharsets.UTF_8).build();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(content.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .cacheControl(CacheControl.noCache().cachePrivate())
                .body(content.bytes());
    }
}
