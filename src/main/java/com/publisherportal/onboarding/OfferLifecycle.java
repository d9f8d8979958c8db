package com.publisherportal.onboarding;

import com.publisherportal.common.ConflictException;
import com.publisherportal.common.NotFoundException;
import com.publisherportal.common.ValidationException;
import com.publisherportal.common.ValidationException.Violation;
import com.publisherportal.audit.AuditService;
import com.publisherportal.mail.MailKind;
import com.publisherportal.mail.MailOutbox;
import com.publisherportal.notification.NotificationService;
import com.publisherportal.security.AccountAccess;
import com.publisherportal.security.AccountRole;
import com.publisherportal.security.CurrentUser;
import com.publisherportal.security.PortalUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An offer's way to the storefront: Draft → Submitted → In certification → Attention needed or
 * Preview → Live → Stop sell pending → Not available, with "cancel publish" before go-live.
 * Every transition is checked against the current state, recorded in the history and audited.
 */
@Service
public class OfferLifecycle {

    private static final List<String> DECIDERS = List.of("OWNER", "MANAGER");

    private final OfferRepository offers;
    private final OfferService offerService;
    private final OfferHistoryRepository history;
    private final CertificationReviewRepository reviews;
    private final List<SubmissionCheck> checks;
    private final BusinessCalendar calendar;
    private final AccountAccess access;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final NotificationService notifications;
    private final MailOutbox mail;
    private final List<PendingChanges> pendingChanges;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final com.publisherportal.account.AccountService accounts;
    private final com.publisherportal.account.StaffDirectoryService staff;

    OfferLifecycle(OfferRepository offers, OfferService offerService, OfferHistoryRepository history,
                   CertificationReviewRepository reviews, List<SubmissionCheck> checks, BusinessCalendar calendar,
                   AccountAccess access, CurrentUser currentUser, AuditService audit,
                   NotificationService notifications, MailOutbox mail, List<PendingChanges> pendingChanges,
                   ApplicationEventPublisher events, Clock clock, com.publisherportal.account.AccountService accounts,
                   com.publisherportal.account.StaffDirectoryService staff) {
        this.accounts = accounts;
        this.staff = staff;
        this.offers = offers;
        this.offerService = offerService;
        this.history = history;
        this.reviews = reviews;
        this.checks = checks;
        this.calendar = calendar;
        this.access = access;
        this.currentUser = currentUser;
        this.audit = audit;
        this.notifications = notifications;
        this.mail = mail;
        this.pendingChanges = pendingChanges;
        this.events = events;
        this.clock = clock;
    }

    /** Runs every submission check without submitting: what the offer still lacks. */
    @Transactional(readOnly = true)
    public List<Violation> validate(long offerId) {
        Offer offer = offerService.offer(offerId);
        return checks.stream().flatMap(c -> c.check(offer).stream()).toList();
    }

    /**
     * Submits a draft (or a fixed offer that needed attention, or a live offer's pending changes)
     * for certification, if every check passes.
     */
    @Transactional
    public Offer submit(long offerId) {
        Offer offer = publisherAction(offerId, AccountRole.OWNER, AccountRole.MANAGER, AccountRole.DEVELOPER);
        if (!(offer.status() == OfferStatus.LIVE && hasPendingChanges(offer))) {
            requireState(offer, "offer.cannot.submit", OfferStatus.DRAFT, OfferStatus.ATTENTION_NEEDED);
        }
        List<Violation> failures = checks.stream().flatMap(c -> c.check(offer).stream()).toList();
        if (!failures.isEmpty()) {
            throw new ValidationException(failures);
        }
        Instant now = clock.instant();
        Offer saved = save(offer.submitted(now, calendar.addBusinessDays(now, BusinessCalendar.CERTIFICATION_DAYS)));
        transitioned(offer, saved, null);
        notifications.notifyStaff("notification.offer-submitted", link(saved), offer.name());
        return saved;
    }

    /**
     * Takes the offer back before it goes live: to draft, or, for changes to an offer that is
     * already live, back to live with the changes kept as a draft.
     */
    @Transactional
    public Offer cancelPublish(long offerId, String comment) {
        Offer offer = publisherAction(offerId, AccountRole.OWNER, AccountRole.MANAGER);
        requireState(offer, "offer.cannot.cancel", OfferStatus.SUBMITTED, OfferStatus.IN_CERTIFICATION, OfferStatus.PREVIEW);
        OfferStatus back = offer.wentLiveAt() != null ? OfferStatus.LIVE : OfferStatus.DRAFT;
        Offer saved = save(offer.withStatus(back).claimed(null, null));
        transitioned(offer, saved, comment);
        return saved;
    }

    /** The publisher's sign-off after reviewing the preview. */
    @Transactional
    public Offer goLive(long offerId) {
        Offer offer = publisherAction(offerId, AccountRole.OWNER, AccountRole.MANAGER);
        requireState(offer, "offer.cannot.go-live", OfferStatus.PREVIEW);
        Offer saved = save(offer.live(clock.instant()));
        transitioned(offer, saved, null);
        events.publishEvent(new OfferWentLive(saved.id()));
        return saved;
    }

    @Transactional
    public Offer stopSell(long offerId, String comment) {
        Offer offer = publisherAction(offerId, AccountRole.OWNER, AccountRole.MANAGER);
        requireState(offer, "offer.cannot.stop-sell", OfferStatus.LIVE);
        Instant now = clock.instant();
        Offer pending = new Offer(offer.id(), offer.accountId(), offer.offerId(), offer.name(), offer.offerType(),
                OfferStatus.STOP_SELL_PENDING, offer.createdBy(), offer.createdAt(), now,
                calendar.addBusinessDays(now, 1), null, null, offer.wentLiveAt(), offer.version());
        Offer saved = save(pending);
        transitioned(offer, saved, comment);
        notifications.notifyStaff("notification.offer-stop-sell", link(saved), offer.name());
        return saved;
    }

    /** Staff take a submitted offer into certification; other reviewers see who has it. */
    @Transactional
    public Offer claimForCertification(long offerId) {
        PortalUser reviewer = access.requireStaff();
        Offer offer = offers.findById(offerId).orElseThrow(() -> new NotFoundException("offer"));
        requireState(offer, "offer.cannot.claim", OfferStatus.SUBMITTED);
        Offer saved = save(offer.withStatus(OfferStatus.IN_CERTIFICATION).claimed(reviewer.userId(), clock.instant()));
        transitioned(offer, saved, null);
        return saved;
    }

    /** The claimant gives the offer back to the queue, as submitted (an administrator may take it from anyone). */
    @Transactional
    public Offer releaseCertification(long offerId) {
        PortalUser caller = access.requireStaff();
        Offer offer = offers.findById(offerId).orElseThrow(() -> new NotFoundException("offer"));
        requireState(offer, "offer.cannot.release", OfferStatus.IN_CERTIFICATION);
        Claims.requireClaimantOrAdmin(offer.claimedBy(), caller.userId(), access.isAdmin(), accounts::displayName);
        Offer saved = save(offer.withStatus(OfferStatus.SUBMITTED).claimed(null, null));
        transitioned(offer, saved, null);
        return saved;
    }

    /** An administrator gives an offer in certification to another reviewer. */
    @Transactional
    public Offer reassignCertification(long offerId, long reviewerId) {
        access.requireAdmin();
        Offer offer = offers.findById(offerId).orElseThrow(() -> new NotFoundException("offer"));
        requireState(offer, "offer.cannot.release", OfferStatus.IN_CERTIFICATION);
        if (staff.list().stream().noneMatch(m -> m.enabled() && m.userId() == reviewerId)) {
            throw new ValidationException("reviewer", "review.reviewer-unknown");
        }
        return save(offer.claimed(reviewerId, clock.instant()));
    }

    /** Every certification decision on the offer, newest first: what earlier reviewers found. */
    @Transactional(readOnly = true)
    public List<CertificationReview> reviews(long offerId) {
        offerService.offer(offerId);
        return reviews.findByOfferIdOrderByDecidedAtDescIdDesc(offerId);
    }

    /**
     * Staff decide a certification. A failure needs a report, which the publisher sees on the
     * offer. {@code expectedVersion} is the version the reviewer looked at: if someone else
     * decided meanwhile, nothing is overwritten and the reviewer is told who decided.
     */
    @Transactional
    public Offer certify(long offerId, CertificationChecklist checklist, String report, int expectedVersion) {
        PortalUser reviewer = access.requireStaff();
        Offer offer = offers.findById(offerId).orElseThrow(() -> new NotFoundException("offer"));
        if (offer.version() != expectedVersion) {
            throw decidedMeanwhile(offerId);
        }
        requireState(offer, "offer.cannot.certify", OfferStatus.IN_CERTIFICATION);
        Claims.requireClaimant(offer.claimedBy(), reviewer.userId(), accounts::displayName);
        boolean passed = checklist.allPassed();
        String trimmed = report == null ? "" : report.trim();
        if (!passed && trimmed.isEmpty()) {
            throw new ValidationException("report", "certification.report-required");
        }
        if (trimmed.length() > 4000) {
            throw new ValidationException("report", "certification.report-too-long", 4000);
        }
        Offer saved = save(offer.withStatus(passed ? OfferStatus.PREVIEW : OfferStatus.ATTENTION_NEEDED));
        CertificationReview review = reviews.save(new CertificationReview(null, offerId, reviewer.userId(), clock.instant(),
                passed, checklist.globalReview(), checklist.platformCompatible(), checklist.imageSecurity(),
                checklist.malwareFree(), checklist.billingModel(), trimmed.isEmpty() ? null : trimmed));
        events.publishEvent(new CertificationRecorded(offerId, review.id(), passed));
        transitioned(offer, saved, trimmed.isEmpty() ? null : trimmed);
        notifications.notifyAccount(offer.accountId(), List.of(),
                passed ? "notification.certification-passed" : "notification.certification-failed", link(saved),
                offer.name());
        mail.toAccount(offer.accountId(), List.of(),
                passed ? MailKind.CERTIFICATION_PASSED : MailKind.CERTIFICATION_FAILED, link(saved),
                offer.name(), trimmed);
        return saved;
    }

    /** Staff confirm a stop sell: the offer leaves the storefront. */
    @Transactional
    public Offer completeStopSell(long offerId) {
        access.requireStaff();
        Offer offer = offers.findById(offerId).orElseThrow(() -> new NotFoundException("offer"));
        requireState(offer, "offer.cannot.complete-stop-sell", OfferStatus.STOP_SELL_PENDING);
        Offer saved = save(offer.withStatus(OfferStatus.NOT_AVAILABLE));
        transitioned(offer, saved, null);
        notifications.notifyAccount(offer.accountId(), DECIDERS, "notification.stop-sell-done", link(saved), offer.name());
        return saved;
    }

    @Transactional(readOnly = true)
    public List<OfferHistoryEntry> history(long offerId) {
        offerService.offer(offerId);
        return history.forOffer(offerId);
    }

    /** The latest certification decision, whose report the publisher sees. */
    @Transactional(readOnly = true)
    public Optional<CertificationReview> latestReview(long offerId) {
        offerService.offer(offerId);
        return reviews.findFirstByOfferIdOrderByDecidedAtDescIdDesc(offerId);
    }

    /** Whether a live offer has changes (such as a new listing revision) waiting to be submitted. */
    private boolean hasPendingChanges(Offer offer) {
        return pendingChanges.stream().anyMatch(p -> p.hasPendingChanges(offer));
    }

    private Offer publisherAction(long offerId, AccountRole... roles) {
        Offer offer = offerService.offer(offerId);
        access.requireMember(offer.accountId(), roles);
        return offer;
    }

    private static void requireState(Offer offer, String messageKey, OfferStatus... allowed) {
        if (!Set.of(allowed).contains(offer.status())) {
            throw new ValidationException("", messageKey, offer.status());
        }
    }

    private Offer save(Offer offer) {
        try {
            return offers.save(offer);
        } catch (OptimisticLockingFailureException e) {
            throw decidedMeanwhile(offer.id());
        }
    }

    private ConflictException decidedMeanwhile(long offerId) {
        String who = history.forOffer(offerId).stream().findFirst().map(OfferHistoryEntry::actorEmail).orElse("?");
        return new ConflictException("review.changed-by", who);
    }

    private void transitioned(Offer before, Offer after, String comment) {
        PortalUser actor = currentUser.require();
        history.record(after.id(), clock.instant(), actor.userId(), actor.email(), before.status(), after.status(), comment);
        audit.record(after.accountId(), "offer", String.valueOf(after.id()), "OFFER_" + after.status().name(),
                before.status() + " -> " + after.status());
    }

    static String link(Offer offer) {
        return "offers/" + offer.id();
    }
}
