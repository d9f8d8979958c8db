package com.publisherportal.onboarding;

import com.publisherportal.common.PublicAccess;
import com.publisherportal.common.ConflictException;
import com.publisherportal.common.NotFoundException;
import com.publisherportal.common.RowWindow;
import com.publisherportal.common.SortKey;
import com.publisherportal.common.ValidationException;
import com.publisherportal.audit.AuditService;
import com.publisherportal.mail.MailKind;
import com.publisherportal.mail.MailOutbox;
import com.publisherportal.notification.NotificationService;
import com.publisherportal.account.AccountService;
import com.publisherportal.security.AccountAccess;
import com.publisherportal.security.PortalUser;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;

/**
 * Staff decisions on nominations and seller registrations, and the queue of everything waiting.
 * A decision is stored once: a second reviewer deciding the same item is told who decided.
 */
@Service
public class ReviewService {

    private final ReviewQueueRepository queue;
    private final NominationRepository nominations;
    private final SellerRegistrationRepository registrations;
    private final AccountService accounts;
    private final BusinessCalendar calendar;
    private final AccountAccess access;
    private final AuditService audit;
    private final NotificationService notifications;
    private final MailOutbox mail;
    private final Clock clock;
    private final com.publisherportal.account.StaffDirectoryService staff;
    private final OfferRepository offers;
    private final CertificationReviewRepository certifications;
    private final ApprovalPackageService approvalPackages;

    ReviewService(ReviewQueueRepository queue, NominationRepository nominations,
                  SellerRegistrationRepository registrations, AccountService accounts, BusinessCalendar calendar,
                  AccountAccess access, AuditService audit, NotificationService notifications, MailOutbox mail,
                  Clock clock, com.publisherportal.account.StaffDirectoryService staff, OfferRepository offers,
                  CertificationReviewRepository certifications, ApprovalPackageService approvalPackages) {
        this.approvalPackages = approvalPackages;
        this.staff = staff;
        this.offers = offers;
        this.certifications = certifications;
        this.queue = queue;
        this.nominations = nominations;
        this.registrations = registrations;
        this.accounts = accounts;
        this.calendar = calendar;
        this.access = access;
        this.audit = audit;
        this.notifications = notifications;
        this.mail = mail;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<QueueItem> queue(QueueFilter filter, List<SortKey> sorts, RowWindow window) {
        access.requireStaff();
        Instant now = clock.instant();
        return queue.find(filter, now, endOfToday(now), sorts, window);
    }

    @Transactional(readOnly = true)
    public int count(QueueFilter filter) {
        access.requireStaff();
        Instant now = clock.instant();
        return queue.count(filter, now, endOfToday(now));
    }

    @PublicAccess("Business-day arithmetic on a due date the caller already has; reads no account data.")
    public ClockStatus clockStatus(Instant dueAt) {
        return calendar.status(dueAt);
    }

    /** Overdue items per reviewer (unclaimed ones under null), for the staff dashboard. */
    @Transactional(readOnly = true)
    public List<ReviewerLoad> overdueByReviewer() {
        access.requireStaff();
        return queue.overdueByReviewer(clock.instant());
    }

    @PublicAccess("Business-day arithmetic on a due date the caller already has; reads only the public holidays.")
    public DueState dueState(Instant dueAt) {
        return calendar.dueState(dueAt);
    }

    /**
     * A review item of any kind, if the caller may see it: the account's members, or staff;
     * "not found" for anyone else, as if it did not exist. A stop sell is its offer's item.
     */
    @Transactional(readOnly = true)
    public ReviewItemRef item(QueueKind kind, long id) {
        ReviewItemRef item = switch (kind) {
            case NOMINATION -> nominations.findById(id)
                    .map(n -> new ReviewItemRef(kind, id, n.accountId(), n.productName(), n.claimedBy(), null)).orElse(null);
            case REGISTRATION -> registrations.findById(id)
                    .map(r -> new ReviewItemRef(kind, id, r.accountId(), r.legalName(), r.claimedBy(), null)).orElse(null);
            case CERTIFICATION, STOP_SELL -> offers.findById(id).map(o -> new ReviewItemRef(QueueKind.CERTIFICATION, id,
                    o.accountId(), o.name(), o.claimedBy(), certifications.findFirstByOfferIdOrderByDecidedAtDescIdDesc(id).orElse(null)))
                    .orElse(null);
        };
        if (item == null) {
            throw new NotFoundException("review-item");
        }
        try {
            access.requireMemberOrStaff(item.accountId());
        } catch (org.springframework.security.access.AccessDeniedException | NotFoundException e) {
            throw new NotFoundException("review-item");
        }
        return item;
    }

    /** The claimant gives the nomination back to the queue (an administrator may take it from anyone). */
    @Transactional
    public Nomination releaseNomination(long id) {
        PortalUser caller = access.requireStaff();
        Nomination nomination = nomination(id);
        requireOpen(nomination.status(), nomination.decidedBy());
        Claims.requireClaimantOrAdmin(nomination.claimedBy(), caller.userId(), access.isAdmin(), this::nameOf);
        return saveClaim(nomination, null, id);
    }

    /** An administrator gives the nomination to another reviewer. */
    @Transactional
    public Nomination reassignNomination(long id, long reviewerId) {
        access.requireAdmin();
        Nomination nomination = nomination(id);
        requireOpen(nomination.status(), nomination.decidedBy());
        return saveClaim(nomination, requireReviewer(reviewerId), id);
    }

    @Transactional
    public SellerRegistration releaseRegistration(long id) {
        PortalUser caller = access.requireStaff();
        SellerRegistration registration = registration(id);
        requireOpen(registration.status(), registration.decidedBy());
        Claims.requireClaimantOrAdmin(registration.claimedBy(), caller.userId(), access.isAdmin(), this::nameOf);
        return saveClaim(registration, null, id);
    }

    @Transactional
    public SellerRegistration reassignRegistration(long id, long reviewerId) {
        access.requireAdmin();
        SellerRegistration registration = registration(id);
        requireOpen(registration.status(), registration.decidedBy());
        return saveClaim(registration, requireReviewer(reviewerId), id);
    }

    /** Staff who may be given items: enabled staff members (the reassigning administrator has been checked). */
    @Transactional(readOnly = true)
    public java.util.List<com.publisherportal.account.StaffMember> reviewers() {
        access.requireAdmin();
        return staff.list().stream().filter(com.publisherportal.account.StaffMember::enabled).toList();
    }

    /** A claimed item stays with its reviewer until they give it back or an administrator reassigns it. */
    private void requireUnclaimedOrMine(Long claimedBy, PortalUser reviewer) {
        if (claimedBy != null) {
            Claims.requireClaimant(claimedBy, reviewer.userId(), this::nameOf);
        }
    }

    private Long requireReviewer(long reviewerId) {
        if (reviewers().stream().noneMatch(m -> m.userId() == reviewerId)) {
            throw new com.publisherportal.common.ValidationException("reviewer", "review.reviewer-unknown");
        }
        return reviewerId;
    }

    private Nomination saveClaim(Nomination nomination, Long reviewerId, long id) {
        try {
            return nominations.save(nomination.claimed(reviewerId, reviewerId == null ? null : clock.instant()));
        } catch (OptimisticLockingFailureException e) {
            throw changedBy(nominations.findById(id).map(Nomination::claimedBy).orElse(null));
        }
    }

    private SellerRegistration saveClaim(SellerRegistration registration, Long reviewerId, long id) {
        try {
            return registrations.save(registration.claimed(reviewerId, reviewerId == null ? null : clock.instant()));
        } catch (OptimisticLockingFailureException e) {
            throw changedBy(registrations.findById(id).map(SellerRegistration::claimedBy).orElse(null));
        }
    }

    @Transactional(readOnly = true)
    public Nomination nomination(long id) {
        access.requireStaff();
        return nominations.findById(id).orElseThrow(() -> new NotFoundException("nomination"));
    }

    @Transactional(readOnly = true)
    public SellerRegistration registration(long id) {
        access.requireStaff();
        return registrations.findById(id).orElseThrow(() -> new NotFoundException("registration"));
    }

    /** Staff take the nomination; other reviewers see who has it. */
    @Transactional
    public Nomination claimNomination(long id) {
        PortalUser reviewer = access.requireStaff();
        Nomination nomination = nomination(id);
        requireOpen(nomination.status(), nomination.decidedBy());
        requireUnclaimedOrMine(nomination.claimedBy(), reviewer);
        try {
            return nominations.save(nomination.claimed(reviewer.userId(), clock.instant()));
        } catch (OptimisticLockingFailureException e) {
            throw changedBy(nominations.findById(id).map(Nomination::claimedBy).orElse(null));
        }
    }

    @Transactional
    public Nomination decideNomination(long id, boolean approve, String reason, int expectedVersion) {
        PortalUser reviewer = access.requireStaff();
        Nomination nomination = nomination(id);
        requireOpen(nomination.status(), nomination.decidedBy());
        if (nomination.version() != expectedVersion) {
            throw changedBy(nomination.claimedBy());
        }
        Claims.requireClaimant(nomination.claimedBy(), reviewer.userId(), this::nameOf);
        String why = reasonFor(approve, reason);
        Nomination saved;
        try {
            saved = nominations.save(nomination.decided(approve ? ReviewStatus.APPROVED : ReviewStatus.REJECTED,
                    reviewer.userId(), clock.instant(), why));
        } catch (OptimisticLockingFailureException e) {
            throw changedBy(nominations.findById(id).map(Nomination::decidedBy).orElse(null));
        }
        audit.record(nomination.accountId(), "nomination", String.valueOf(id),
                approve ? "NOMINATION_APPROVED" : "NOMINATION_REJECTED", why);
        notifications.notifyAccount(nomination.accountId(), List.of(),
                approve ? "notification.nomination-approved" : "notification.nomination-rejected",
                "onboarding", nomination.productName());
        if (approve) {
            approvalPackages.issue(saved);
        }
        mail.toAccount(nomination.accountId(), List.of(),
                approve ? MailKind.NOMINATION_APPROVED : MailKind.NOMINATION_REJECTED,
                "onboarding", nomination.productName(), why == null ? "" : why);
        return saved;
    }

    @Transactional
    public SellerRegistration claimRegistration(long id) {
        PortalUser reviewer = access.requireStaff();
        SellerRegistration registration = registration(id);
        requireOpen(registration.status(), registration.decidedBy());
        requireUnclaimedOrMine(registration.claimedBy(), reviewer);
        try {
            return registrations.save(registration.claimed(reviewer.userId(), clock.instant()));
        } catch (OptimisticLockingFailureException e) {
            throw changedBy(registrations.findById(id).map(SellerRegistration::claimedBy).orElse(null));
        }
    }

    @Transactional
    public SellerRegistration decideRegistration(long id, boolean approve, String reason, int expectedVersion) {
        PortalUser reviewer = access.requireStaff();
        SellerRegistration registration = registration(id);
        requireOpen(registration.status(), registration.decidedBy());
        if (registration.version() != expectedVersion) {
            throw changedBy(registration.claimedBy());
        }
        Claims.requireClaimant(registration.claimedBy(), reviewer.userId(), this::nameOf);
        String why = reasonFor(approve, reason);
        SellerRegistration saved;
        try {
            saved = registrations.save(registration.decided(approve ? ReviewStatus.APPROVED : ReviewStatus.REJECTED,
                    reviewer.userId(), clock.instant(), why));
        } catch (OptimisticLockingFailureException e) {
            throw changedBy(registrations.findById(id).map(SellerRegistration::decidedBy).orElse(null));
        }
        audit.record(registration.accountId(), "registration", String.valueOf(id),
                approve ? "REGISTRATION_APPROVED" : "REGISTRATION_REJECTED", why);
        notifications.notifyAccount(registration.accountId(), List.of(),
                approve ? "notification.registration-approved" : "notification.registration-rejected",
                "onboarding", registration.legalName());
        mail.toAccount(registration.accountId(), List.of(),
                approve ? MailKind.REGISTRATION_APPROVED : MailKind.REGISTRATION_REJECTED,
                "onboarding", registration.legalName(), why == null ? "" : why);
        return saved;
    }

    /** A user's display name, for "claimed by" and "decided by". */
    @Transactional(readOnly = true)
    public String nameOf(Long userId) {
        return accounts.displayName(userId);
    }

    private void requireOpen(ReviewStatus status, Long decidedBy) {
        if (status != ReviewStatus.SUBMITTED) {
            throw new ConflictException("review.already-decided", nameOf(decidedBy));
        }
    }

    private ConflictException changedBy(Long userId) {
        return new ConflictException("review.changed-by", nameOf(userId));
    }

    private static String reasonFor(boolean approve, String reason) {
        String trimmed = reason == null ? "" : reason.trim();
        if (!approve && trimmed.isEmpty()) {
            throw new ValidationException("reason", "review.reason-required");
        }
        if (trimmed.length() > 2000) {
            throw new ValidationException("reason", "common.too-long", 2000);
        }
        return trimmed.isEmpty() ? null : trimmed;
    }

    private Instant endOfToday(Instant now) {
        return now.atZone(calendar.zone()).toLocalDate().atTime(LocalTime.MAX).atZone(calendar.zone()).toInstant();
    }
}
