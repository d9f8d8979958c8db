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

    ReviewService(ReviewQueueRepository queue, NominationRepository nominations,
                  SellerRegistrationRepository registrations, AccountService accounts, BusinessCalendar calendar,
                  AccountAccess access, AuditService audit, NotificationService notifications, MailOutbox mail,
                  Clock clock) {
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
