package com.publisherportal.listing;

import com.publisherportal.common.PublicAccess;
import com.publisherportal.account.AccountService;
import com.publisherportal.common.ConflictException;
import com.publisherportal.common.ValidationException;
import com.publisherportal.common.ValidationException.Violation;
import com.publisherportal.audit.AuditService;
import com.publisherportal.onboarding.Offer;
import com.publisherportal.onboarding.OfferService;
import com.publisherportal.onboarding.OfferStatus;
import com.publisherportal.onboarding.OfferWentLive;
import com.publisherportal.onboarding.PendingChanges;
import com.publisherportal.onboarding.SubmissionCheck;
import com.publisherportal.security.AccountAccess;
import com.publisherportal.security.CurrentUser;
import org.springframework.context.event.EventListener;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * An offer's storefront listing: the editor's draft revision, the preview, and the live revision
 * the public storefront shows; its marketing media are {@link ListingMediaService}'s. Editing a
 * live offer starts a new draft revision; the storefront keeps the live one until the draft is
 * certified and goes live.
 */
@Service
public class ListingService implements PendingChanges, SubmissionCheck {

    private final ListingRepository revisions;
    private final MediaRepository media;
    private final ListingDrafts drafts;
    private final OfferService offers;
    private final AccountService accounts;
    private final HtmlSanitizer sanitizer;
    private final AccountAccess access;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final List<StorefrontExtras> extras;
    private final org.springframework.beans.factory.ObjectProvider<StorefrontPlans> plans;
    private final Clock clock;
    private final ListingSnapshotRepository snapshots;
    private final TaxonomyService taxonomy;

    ListingService(ListingRepository revisions, MediaRepository media, ListingDrafts drafts, OfferService offers,
                   AccountService accounts, HtmlSanitizer sanitizer, AccountAccess access,
                   CurrentUser currentUser, AuditService audit, List<StorefrontExtras> extras,
                   org.springframework.beans.factory.ObjectProvider<StorefrontPlans> plans, Clock clock,
                   ListingSnapshotRepository snapshots, TaxonomyService taxonomy) {
        this.snapshots = snapshots;
        this.taxonomy = taxonomy;
        this.revisions = revisions;
        this.media = media;
        this.drafts = drafts;
        this.offers = offers;
        this.accounts = accounts;
        this.sanitizer = sanitizer;
        this.access = access;
        this.currentUser = currentUser;
        this.audit = audit;
        this.extras = extras;
        this.plans = plans;
        this.clock = clock;
    }

    /**
     * The revision the editor shows: the draft if there is one, else the live one (read-only
     * until the publisher starts editing), else a new empty draft.
     */
    @Transactional
    public ListingRevision editorRevision(long offerId) {
        Offer offer = offers.offer(offerId);
        // As the editor's other reads (history, mayEdit): the offer's members, and staff.
        access.requireMemberOrStaff(offer.accountId());
        return revisions.findDraftElseLive(offerId)
                .orElseGet(() -> revisions.save(ListingRevision.empty(offerId, 1, offer.name(),
                        currentUser.get().map(u -> u.userId()).orElse(null), clock.instant())));
    }

    /** Whether the caller may change the listing now (role, and an offer state that allows edits). */
    @Transactional(readOnly = true)
    public boolean mayEdit(long offerId) {
        Offer offer = offers.offer(offerId);
        try {
            access.requireMember(offer.accountId(), ListingDrafts.EDITORS);
        } catch (RuntimeException e) {
            return false;
        }
        return offer.status().isEditable() || offer.status() == OfferStatus.LIVE;
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
        Offer offer = drafts.requireEditable(offerId);
        Optional<ListingRevision> existing = revisions.findByOfferIdAndState(offerId, RevisionState.DRAFT);
        if (existing.isPresent() && (existing.get().id() != loadedRevisionId || existing.get().version() != loadedVersion)) {
            throw new ConflictException("listing.changed-meanwhile");
        }
        ListingRevision draft = existing.orElseGet(() -> drafts.draftFor(offer));
        ListingForm cleaned = normalise(form);
        String description = sanitizer.sanitize(cleaned.description());
        List<Violation> violations = ListingRules.onSave(cleaned, description, offer.offerType(), taxonomy.verticals());
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
                ListingForm.join(cleaned.verticals()),
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

    /** The public product page: only the live revision of an offer that is on the storefront. */
    @Transactional(readOnly = true)
    @PublicAccess("The public product page: only the live revision of an offer that is on the storefront.")
    public Optional<StorefrontListing> storefront(String publisherId, String offerId) {
        return offers.findByAddress(publisherId, offerId).filter(Offer::onStorefront)
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

    /**
     * The public plans of an offer on the storefront, priced in {@code market} (a country code,
     * else USD); none for an offer that is not on the storefront.
     */
    @Transactional(readOnly = true)
    @PublicAccess("Public information: the public plans of an offer on the storefront, with their prices.")
    public List<StorefrontPlans.StorefrontPlan> storefrontPlans(long offerId, String market) {
        return offers.findOnStorefront(offerId).map(offer -> plansOf(offer.id(), market, false)).orElse(List.of());
    }

    /** The plans being prepared, as the preview shows them: for whoever may open the preview. */
    @Transactional
    public List<StorefrontPlans.StorefrontPlan> previewPlans(long offerId, String market) {
        preview(offerId);
        return plansOf(offerId, market, true);
    }

    /** A market as the product page takes it from its address: a two-letter country code, else none (USD). */
    public static String market(String input) {
        if (input == null) {
            return null;
        }
        String code = input.strip().toUpperCase(java.util.Locale.ROOT);
        return code.matches("[A-Z]{2}") ? code : null;
    }

    List<StorefrontPlans.StorefrontPlan> plansOf(long offerId, String market, boolean preview) {
        // One feature owns the plans (the primary one, when a test stands in for it); none: no plans section.
        StorefrontPlans source = plans.getIfAvailable();
        return source == null ? List.of() : source.plans(offerId, market(market), preview);
    }

    /** The listing a preview link shows: the draft, else the live revision; none before the first save. */
    Optional<StorefrontListing> previewForLink(long offerId) {
        return offers.findForPreviewLink(offerId).flatMap(offer -> revisions.findDraftElseLive(offerId)
                .map(revision -> listing(offer, revision)));
    }

    @Override
    @PublicAccess("PendingChanges asked by OfferLifecycle, whose public callers check the caller.")
    public boolean hasPendingChanges(Offer offer) {
        return offer.wentLiveAt() != null && revisions.findByOfferIdAndState(offer.id(), RevisionState.DRAFT).isPresent();
    }

    /** The listing rules, run with the other checks when the offer is submitted. */
    @Override
    @PublicAccess("SubmissionCheck run by OfferLifecycle.submit, which has checked the caller.")
    public List<Violation> check(Offer offer) {
        Optional<ListingRevision> current = revisions.findDraftElseLive(offer.id());
        if (current.isEmpty()) {
            return List.of(new Violation("listing", "listing.missing"));
        }
        ListingRevision r = current.get();
        return ListingRules.onSubmit(ListingForm.of(r), r.description(), offer.offerType(), media.counts(r.id()),
                        taxonomy.verticals()).stream()
                .map(v -> new Violation("listing", "listing.rule-failed",
                        (com.publisherportal.common.Translatable) () -> "listing.field." + v.field(),
                        new TranslatedViolation(v)))
                .toList();
    }

    /** What the reviewer saw of the listing when they decided, kept for the next review's comparison. */
    @EventListener
    void keepWhatWasReviewed(com.publisherportal.onboarding.CertificationRecorded event) {
        revisions.findDraftElseLive(event.offerId())
                .ifPresent(r -> snapshots.save(event.reviewId(), event.offerId(), clock.instant(),
                        ListingSnapshot.of(r, media.forRevision(r.id()))));
    }

    /**
     * For a resubmission: the listing fields (and media) that changed since the last certification
     * decision, with when it was made; nothing when the offer was never reviewed.
     */
    @Transactional(readOnly = true)
    public Optional<ChangesSinceReview> changesSinceLastReview(long offerId) {
        Offer offer = offers.offer(offerId);
        access.requireMemberOrStaff(offer.accountId());
        return snapshots.latest(offerId).flatMap(taken -> revisions.findDraftElseLive(offerId)
                .map(r -> new ChangesSinceReview(taken.at(),
                        ListingSnapshot.of(r, media.forRevision(r.id())).changesSince(taken.snapshot()))));
    }

    /** The listing's changes since the review made at {@code reviewedAt}. */
    public record ChangesSinceReview(Instant reviewedAt, List<ListingSnapshot.Change> changes) {
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

    private StorefrontListing listing(Offer offer, ListingRevision revision) {
        AccountService.PublicName account = accounts.publicName(offer.accountId());
        return new StorefrontListing(offer, account.publisherId(), account.displayName(), revision,
                media.forRevision(revision.id()), extras.stream().anyMatch(e -> e.hasTestDrive(offer.id())),
                taxonomy.verticals().byIndustry(ListingForm.split(revision.verticals())));
    }

    private static ListingForm normalise(ListingForm f) {
        return new ListingForm(trim(f.name()), trim(f.summary()), f.description() == null ? null : f.description().trim(),
                trim(f.gettingStarted()), clean(f.categories()), clean(f.industries()), clean(f.productsUsed()),
                clean(f.keywords()), trim(f.privacyUrl()), trim(f.supportName()), trim(f.supportEmail()),
                trim(f.supportPhone()), trim(f.engineeringName()), trim(f.engineeringEmail()), trim(f.engineeringPhone()),
                f.consultingDuration(), f.consultingUnit(), f.consultingType(), clean(f.verticals()));
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
