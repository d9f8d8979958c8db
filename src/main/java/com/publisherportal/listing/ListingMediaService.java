package com.publisherportal.listing;

import com.publisherportal.common.OutsideText;
import com.publisherportal.common.NotFoundException;
import com.publisherportal.common.ValidationException;
import com.publisherportal.audit.AuditService;
import com.publisherportal.onboarding.Offer;
import com.publisherportal.onboarding.OfferService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.InputStream;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The marketing media of a listing (docs/domain.md, Storefront listing limits): logos, screenshots, documents and videos,
 * checked by their content, added to and removed from the draft revision, and served to those who
 * may see them.
 */
@Service
public class ListingMediaService {

    private final ListingRepository revisions;
    private final MediaRepository media;
    private final ListingDrafts drafts;
    private final OfferService offers;
    private final AuditService audit;
    private final Clock clock;

    ListingMediaService(ListingRepository revisions, MediaRepository media, ListingDrafts drafts, OfferService offers,
                        AuditService audit, Clock clock) {
        this.revisions = revisions;
        this.media = media;
        this.drafts = drafts;
        this.offers = offers;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<ListingMedia> media(long revisionId) {
        ListingRevision revision = revisions.findById(revisionId).orElseThrow(() -> new NotFoundException("listing"));
        offers.offer(revision.offerId());
        return media.forRevision(revisionId);
    }

    /** Adds a logo, screenshot or document, checked by its content. */
    @Transactional
    public ListingMedia upload(long offerId, MediaKind kind, String fileName, InputStream content) {
        Offer offer = drafts.requireEditable(offerId);
        if (kind == MediaKind.VIDEO) {
            throw new ValidationException("media", "listing.video.needs-url");
        }
        ListingRevision draft = drafts.draftFor(offer);
        byte[] bytes = UploadInspector.readLimited(content,
                kind == MediaKind.DOCUMENT ? UploadInspector.DOCUMENT_LIMIT : UploadInspector.IMAGE_LIMIT, kind.name());
        UploadInspector.Inspected file = kind == MediaKind.DOCUMENT ? UploadInspector.pdf(bytes, kind.name())
                : UploadInspector.png(bytes, kind.width(), kind.height(), kind.name());
        if (kind == MediaKind.LOGO_SMALL || kind == MediaKind.LOGO_LARGE) {
            media.deleteKind(draft.id(), kind);
        } else {
            requireRoom(draft.id(), kind);
        }
        return store(offer, draft, kind, safeName(fileName, kind), file, null, null);
    }

    /** Adds a video: a YouTube or Vimeo link with a 1280×720 PNG thumbnail (AppSource, consulting and SaaS offers). */
    @Transactional
    public ListingMedia addVideo(long offerId, String title, String url, String thumbnailName, InputStream thumbnail) {
        return addVideo(offerId, title, url, null, thumbnailName, thumbnail);
    }

    /** Adds a video with its length in seconds when the publisher gives it (the listing advisor checks it). */
    @Transactional
    public ListingMedia addVideo(long offerId, String title, String url, Integer durationSeconds, String thumbnailName,
                                 InputStream thumbnail) {
        Offer offer = drafts.requireEditable(offerId);
        if (!ListingCapabilities.of(offer.offerType()).videos()) {
            throw new ValidationException("media", "listing.not-for-type");
        }
        String cleanTitle = title == null ? "" : title.trim();
        if (cleanTitle.isEmpty() || cleanTitle.length() > 100) {
            throw new ValidationException("videoTitle", "common.too-long", 100);
        }
        if (!isVideoUrl(url)) {
            throw new ValidationException("videoUrl", "listing.video.url");
        }
        ListingRevision draft = drafts.draftFor(offer);
        requireRoom(draft.id(), MediaKind.VIDEO);
        byte[] bytes = UploadInspector.readLimited(thumbnail, UploadInspector.IMAGE_LIMIT, "thumbnail");
        UploadInspector.Inspected file = UploadInspector.png(bytes, MediaKind.VIDEO.width(), MediaKind.VIDEO.height(), "thumbnail");
        if (durationSeconds != null && (durationSeconds < 1 || durationSeconds > 24 * 3600)) {
            throw new ValidationException("videoDuration", "advisor.video.duration-range");
        }
        ListingMedia stored = store(offer, draft, MediaKind.VIDEO, safeName(thumbnailName, MediaKind.VIDEO), file,
                url.trim(), cleanTitle);
        if (durationSeconds == null) {
            return stored;
        }
        media.setDuration(stored.id(), durationSeconds);
        return media.forRevision(draft.id()).stream().filter(m -> m.id() == stored.id()).findFirst().orElseThrow();
    }

    @Transactional
    public void removeMedia(long offerId, long mediaId) {
        Offer offer = drafts.requireEditable(offerId);
        ListingRevision draft = drafts.draftFor(offer);
        if (media.revisionOf(mediaId).filter(r -> r == draft.id()).isEmpty()) {
            throw new NotFoundException("media");
        }
        media.delete(mediaId);
        audit.record(offer.accountId(), "listing", String.valueOf(draft.id()), "LISTING_MEDIA_REMOVED", String.valueOf(mediaId));
    }

    /**
     * A stored file, if the caller may see it: files of a revision live on the storefront are
     * public; any other only for the offer's account and staff.
     */
    @Transactional(readOnly = true)
    public Optional<MediaContent> mediaContent(long mediaId) {
        Optional<ListingRevision> revision = media.revisionOf(mediaId).flatMap(revisions::findById);
        if (revision.isEmpty()) {
            return Optional.empty();
        }
        boolean isPublic = revision.get().state() == RevisionState.LIVE
                && offers.findOnStorefront(revision.get().offerId()).isPresent();
        if (!isPublic && offers.findReadable(revision.get().offerId()).isEmpty()) {
            return Optional.empty();
        }
        return media.content(mediaId);
    }

    private void requireRoom(long revisionId, MediaKind kind) {
        if (media.counts(revisionId).getOrDefault(kind, 0) >= kind.maxCount()) {
            throw new ValidationException(kind.name(), "listing.media.too-many", kind.maxCount());
        }
    }

    private ListingMedia store(Offer offer, ListingRevision draft, MediaKind kind, String fileName,
                               UploadInspector.Inspected file, String videoUrl, String title) {
        long id = media.insert(draft.id(), kind, media.nextPosition(draft.id(), kind), fileName, file.contentType(),
                file.bytes(), file.width(), file.height(), videoUrl, title, clock.instant());
        audit.record(offer.accountId(), "listing", String.valueOf(draft.id()), "LISTING_MEDIA_ADDED", kind + " " + fileName);
        return media.forRevision(draft.id()).stream().filter(m -> m.id() == id).findFirst().orElseThrow();
    }

    static boolean isVideoUrl(String url) {
        if (url == null) {
            return false;
        }
        try {
            URI uri = URI.create(url.trim());
            String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
            return "https".equals(uri.getScheme()) && (host.equals("youtube.com") || host.endsWith(".youtube.com")
                    || host.equals("youtu.be") || host.equals("vimeo.com") || host.endsWith(".vimeo.com"));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** A file name safe for a download header: no paths, no quotes, no control or bidi characters. */
    static String safeName(String fileName, MediaKind kind) {
        String base = OutsideText.fileName(fileName);
        return base.isEmpty() ? kind.name().toLowerCase(Locale.ROOT) + (kind == MediaKind.DOCUMENT ? ".pdf" : ".png") : base;
    }
}
