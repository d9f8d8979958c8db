package com.publisherportal.listing;

import com.publisherportal.account.PublisherAccount;
import com.publisherportal.account.PublisherAccountRepository;
import com.publisherportal.common.ConflictException;
import com.publisherportal.common.NotFoundException;
import com.publisherportal.common.ValidationException;
import com.publisherportal.common.ValidationException.Violation;
import com.publisherportal.common.audit.AuditService;
import com.publisherportal.onboarding.Offer;
import com.publisherportal.onboarding.OfferRepository;
import com.publisherportal.onboarding.OfferService;
import com.publisherportal.onboarding.OfferStatus;
import com.publisherportal.onboarding.OfferWentLive;
import com.publisherportal.onboarding.PendingChanges;
import com.publisherportal.onboarding.SubmissionCheck;
import com.publisherportal.security.AccountAccess;
import com.publisherportal.security.AccountRole;
import com.publisherportal.security.CurrentUser;
import org.springframework.context.event.EventListener;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.InputStream;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An offer's storefront listing: the editor's draft revision, its marketing media, the preview,
 * and the live revision the public storefront shows. Editing a live offer starts a new draft
 * revision; the storefront keeps the live one until the draft is certified and goes live.
 */
@Service
public class ListingService implements PendingChanges, SubmissionCheck {

    private static final AccountRole[] EDITORS = {AccountRole.OWNER, AccountRole.MANAGER, AccountRole.DEVELOPER,
            AccountRole.MARKETER};

    private final ListingRepository revisions;
    private final MediaRepository media;
    private final OfferService offers;
    private final OfferRepository offerRepository;
    private final PublisherAccountRepository accounts;
    private final HtmlSanitizer sanitizer;
    private final AccountAccess access;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final List<StorefrontExtras> extras;
    private final Clock clock;

    ListingService(ListingRepository revisions, MediaRepository media, OfferService offers,
                   OfferRepository offerRepository, PublisherAccountRepository accounts, HtmlSanitizer sanitizer,
                   AccountAccess access, CurrentUser currentUser, AuditService audit, List<StorefrontExtras> extras,
                   Clock clock) {
        this.revisions = revisions;
        this.media = media;
        this.offers = offers;
        this.offerRepository = offerRepository;
        this.accounts = accounts;
        this.sanitizer = sanitizer;
        this.access = access;
        this.currentUser = currentUser;
        this.audit = audit;
        this.extras = extras;
        this.clock = clock;
    }

    /**
     * The revision the editor shows: the draft if there is one, else the live one (read-only
     * until the publisher starts editing), else a new empty draft.
     */
    @Transactional
    public ListingRevision editorRevision(long offerId) {
        Offer offer = offers.offer(offerId);
        return revisions.findByOfferIdAndState(offerId, RevisionState.DRAFT)
                .or(() -> revisions.findByOfferIdAndState(offerId, RevisionState.LIVE))
                .orElseGet(() -> revisions.save(ListingRevision.empty(offerId, 1, offer.name(),
                        currentUser.get().map(u -> u.userId()).orElse(null), clock.instant())));
    }

    /** Whether the caller may change the listing now (role, and an offer state that allows edits). */
    @Transactional(readOnly = true)
    public boolean mayEdit(long offerId) {
        Offer offer = offers.offer(offerId);
        try {
            access.requireMember(offer.accountId(), EDITORS);
        } catch (RuntimeException e) {
            return false;
        }
        return offer.status().isEditable() || offer.status() == OfferStatus.LIVE;
    }

    @Transactional(readOnly = true)
    public List<ListingMedia> media(long revisionId) {
        ListingRevision revision = revisions.findById(revisionId).orElseThrow(() -> new NotFoundException("listing"));
        offers.offer(revision.offerId());
        return media.forRevision(revisionId);
    }

    @Transactional(readOnly = true)
    public List<ListingRevision> history(long offerId) {
        offers.offer(offerId);
        return revisions.findByOfferIdOrderByRevisionNumberDesc(offerId);
    }

    /**
     * Saves the editor's form into the draft (starting one from the live revision when the offer
     * is live). The description is sanitised first; limits are checked on what is stored.
     * {@code loadedRevisionId} and {@code loadedVersion} are what the editor showed: if someone
     * changed the draft meanwhile, nothing is overwritten.
     */
    @Transactional
    public ListingRevision save(long offerId, ListingForm form, long loadedRevisionId, int loadedVersion) {
        Offer offer = requireEditable(offerId);
        Optional<ListingRevision> existing = revisions.findByOfferIdAndState(offerId, RevisionState.DRAFT);
        if (existing.isPresent() && (existing.get().id() != loadedRevisionId || existing.get().version() != loadedVersion)) {
            throw new ConflictException("listing.changed-meanwhile");
        }
        ListingRevision draft = existing.orElseGet(() -> draftFor(offer));
        ListingForm cleaned = normalise(form);
        String description = sanitizer.sanitize(cleaned.description());
        List<Violation> violations = ListingRules.onSave(cleaned, description, offer.offerType());
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        boolean consultingTitle = ListingCapabilities.of(offer.offerType()).consultingTitle();
        String name = consultingTitle && cleaned.consultingType() != null
                ? new ConsultingTitle(cleaned.name(), cleaned.consultingDuration(), cleaned.consultingUnit(),
                cleaned.consultingType()).composed() : cleaned.name();
        ListingRevision updated = new ListingRevision(draft.id(), offerId, draft.revisionNumber(), RevisionState.DRAFT,
                consultingTitle ? cleaned.name() : name, cleaned.summary(), description,
                cleaned.gettingStarted(), ListingForm.join(cleaned.categories()), ListingForm.join(cleaned.industries()),
                ListingForm.join(cleaned.productsUsed()), ListingForm.join(cleaned.keywords()), cleaned.privacyUrl(),
                cleaned.supportName(), cleaned.supportEmail(), cleaned.supportPhone(), cleaned.engineeringName(),
                cleaned.engineeringEmail(), cleaned.engineeringPhone(), cleaned.consultingDuration(),
                cleaned.consultingUnit(), cleaned.consultingType(), currentUser.require().userId(), clock.instant(),
                null, draft.version());
        try {
            ListingRevision saved = revisions.save(updated);
            audit.record(offer.accountId(), "listing", String.valueOf(saved.id()), "LISTING_SAVED",
                    offer.offerId() + " r" + saved.revisionNumber());
            return saved;
        } catch (OptimisticLockingFailureException e) {
            throw new ConflictException("listing.changed-meanwhile");
        }
    }

    /** Adds a logo, screenshot or document, checked by its content. */
    @Transactional
    public ListingMedia upload(long offerId, MediaKind kind, String fileName, InputStream content) {
        Offer offer = requireEditable(offerId);
        if (kind == MediaKind.VIDEO) {
            throw new ValidationException("media", "listing.video.needs-url");
        }
        ListingRevision draft = draftFor(offer);
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
        Offer offer = requireEditable(offerId);
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
        ListingRevision draft = draftFor(offer);
        requireRoom(draft.id(), MediaKind.VIDEO);
        byte[] bytes = UploadInspector.readLimited(thumbnail, UploadInspector.IMAGE_LIMIT, "thumbnail");
        UploadInspector.Inspected file = UploadInspector.png(bytes, MediaKind.VIDEO.width(), MediaKind.VIDEO.height(), "thumbnail");
        return store(offer, draft, MediaKind.VIDEO, safeName(thumbnailName, MediaKind.VIDEO), file, url.trim(), cleanTitle);
    }

    @Transactional
    public void removeMedia(long offerId, long mediaId) {
        Offer offer = requireEditable(offerId);
        ListingRevision draft = draftFor(offer);
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
        Offer offer = offerRepository.findById(revision.get().offerId()).orElseThrow();
        boolean isPublic = revision.get().state() == RevisionState.LIVE && onStorefront(offer);
        if (!isPublic) {
            try {
                access.requireMemberOrStaff(offer.accountId());
            } catch (NotFoundException | org.springframework.security.access.AccessDeniedException e) {
                return Optional.empty();
            }
        }
        return media.content(mediaId);
    }

    /** The public product page: only the live revision of an offer that is on the storefront. */
    @Transactional(readOnly = true)
    public Optional<StorefrontListing> storefront(String publisherId, String offerId) {
        return offers.findByAddress(publisherId, offerId).filter(ListingService::onStorefront)
                .flatMap(offer -> revisions.findByOfferIdAndState(offer.id(), RevisionState.LIVE)
                        .map(live -> listing(offer, live)));
    }

    /**
     * The preview: the listing as it will look, for the offer's account once the offer is in
     * preview or later, and for staff at any time.
     */
    @Transactional
    public StorefrontListing preview(long offerId) {
        Offer offer = offers.offer(offerId);
        if (!access.isStaff()) {
            access.requireMember(offer.accountId());
            if (offer.status() == OfferStatus.DRAFT || offer.status() == OfferStatus.SUBMITTED
                    || offer.status() == OfferStatus.IN_CERTIFICATION || offer.status() == OfferStatus.ATTENTION_NEEDED) {
                if (offer.wentLiveAt() == null) {
                    throw new ValidationException("", "listing.preview.not-yet", offer.status());
                }
            }
        }
        return listing(offer, editorRevision(offerId));
    }

    @Override
    public boolean hasPendingChanges(Offer offer) {
        return offer.wentLiveAt() != null && revisions.findByOfferIdAndState(offer.id(), RevisionState.DRAFT).isPresent();
    }

    /** The listing rules, run with the other checks when the offer is submitted. */
    @Override
    public List<Violation> check(Offer offer) {
        Optional<ListingRevision> draft = revisions.findByOfferIdAndState(offer.id(), RevisionState.DRAFT)
                .or(() -> revisions.findByOfferIdAndState(offer.id(), RevisionState.LIVE));
        if (draft.isEmpty()) {
            return List.of(new Violation("listing", "listing.missing"));
        }
        ListingRevision r = draft.get();
        return ListingRules.onSubmit(ListingForm.of(r), r.description(), offer.offerType(), media.counts(r.id())).stream()
                .map(v -> new Violation("listing", "listing.rule-failed",
                        (com.publisherportal.common.Translatable) () -> "listing.field." + v.field(),
                        new TranslatedViolation(v)))
                .toList();
    }

    /** When an offer goes live, its draft revision becomes the live one and the former live one is kept as history. */
    @EventListener
    void promoteDraft(OfferWentLive event) {
        revisions.findByOfferIdAndState(event.offerId(), RevisionState.DRAFT).ifPresent(draft -> {
            Instant now = clock.instant();
            revisions.findByOfferIdAndState(event.offerId(), RevisionState.LIVE)
                    .ifPresent(live -> revisions.save(live.withState(RevisionState.SUPERSEDED, live.wentLiveAt())));
            revisions.save(draft.withState(RevisionState.LIVE, now));
        });
    }

    static boolean onStorefront(Offer offer) {
        return offer.wentLiveAt() != null && offer.status() != OfferStatus.NOT_AVAILABLE;
    }

    private StorefrontListing listing(Offer offer, ListingRevision revision) {
        PublisherAccount account = accounts.findById(offer.accountId()).orElseThrow();
        return new StorefrontListing(offer, account.publisherId(), account.displayName(), revision,
                media.forRevision(revision.id()), extras.stream().anyMatch(e -> e.hasTestDrive(offer.id())));
    }

    private Offer requireEditable(long offerId) {
        Offer offer = offers.offer(offerId);
        access.requireMember(offer.accountId(), EDITORS);
        if (!offer.status().isEditable() && offer.status() != OfferStatus.LIVE) {
            throw new ValidationException("", "listing.locked", offer.status());
        }
        return offer;
    }

    /** The draft to change: the existing one, or a copy of the live revision (with its media), or a new one. */
    private ListingRevision draftFor(Offer offer) {
        offerRepository.lockById(offer.id());
        Optional<ListingRevision> draft = revisions.findByOfferIdAndState(offer.id(), RevisionState.DRAFT);
        if (draft.isPresent()) {
            return draft.get();
        }
        Long user = currentUser.require().userId();
        int next = revisions.lastRevisionNumber(offer.id()) + 1;
        Optional<ListingRevision> live = revisions.findByOfferIdAndState(offer.id(), RevisionState.LIVE);
        ListingRevision created = revisions.save(live.map(l -> l.copyAsDraft(next, user, clock.instant()))
                .orElseGet(() -> ListingRevision.empty(offer.id(), next, offer.name(), user, clock.instant())));
        live.ifPresent(l -> media.copy(l.id(), created.id()));
        return created;
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

    /** A file name safe for a download header: no paths, no control characters. */
    static String safeName(String fileName, MediaKind kind) {
        String base = fileName == null ? "" : fileName.replaceAll(".*[/\\\\]", "").replaceAll("[\\p{Cntrl}\"]", "").trim();
        if (base.isEmpty()) {
            base = kind.name().toLowerCase(Locale.ROOT) + (kind == MediaKind.DOCUMENT ? ".pdf" : ".png");
        }
        return base.length() > 200 ? base.substring(base.length() - 200) : base;
    }

    private static ListingForm normalise(ListingForm f) {
        return new ListingForm(trim(f.name()), trim(f.summary()), f.description() == null ? null : f.description().trim(),
                trim(f.gettingStarted()), clean(f.categories()), clean(f.industries()), clean(f.productsUsed()),
                clean(f.keywords()), trim(f.privacyUrl()), trim(f.supportName()), trim(f.supportEmail()),
                trim(f.supportPhone()), trim(f.engineeringName()), trim(f.engineeringEmail()), trim(f.engineeringPhone()),
                f.consultingDuration(), f.consultingUnit(), f.consultingType());
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static List<String> clean(List<String> items) {
        return items == null ? List.of() : items.stream().map(String::trim).filter(s -> !s.isEmpty())
                .map(s -> s.replace("\n", " ")).distinct().toList();
    }

    /** A listing violation shown inside the submission's list of failures, in the user's language. */
    record TranslatedViolation(Violation violation) implements com.publisherportal.common.Translatable {
        @Override
        public String messageKey() {
            return violation.messageKey();
        }

        @Override
        public Object[] arguments() {
            return violation.arguments();
        }
    }
}
