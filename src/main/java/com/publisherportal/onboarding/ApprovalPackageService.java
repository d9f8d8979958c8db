package com.publisherportal.onboarding;

import com.publisherportal.account.StaffDirectoryService;
import com.publisherportal.account.StaffMember;
import com.publisherportal.audit.AuditService;
import com.publisherportal.common.ConflictException;
import com.publisherportal.common.ValidationException;
import com.publisherportal.mail.MailKind;
import com.publisherportal.mail.MailOutbox;
import com.publisherportal.notification.NotificationService;
import com.publisherportal.security.AccountAccess;
import com.publisherportal.security.AccountRole;
import com.publisherportal.security.CurrentUser;
import com.publisherportal.security.PortalUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The nomination's approval package: on approval, a single-use promotion code waiving the
 * developer-account fee is issued (kept as its SHA-256 only once shown; the plain code is shown
 * to an owner once, on the nomination page, and e-mailed to the owners), with the technical
 * pre-approval for the nominated offer type; staff assign the account an onboarding contact.
 */
@Service
public class ApprovalPackageService {

    /** No 0/O or 1/I: the code is read and typed by people. */
    private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final int CODE_GROUPS = 4;
    private static final int GROUP_LENGTH = 5;

    private final ApprovalPackageRepository repository;
    private final NominationRepository nominations;
    private final StaffDirectoryService staff;
    private final AccountAccess access;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final NotificationService notifications;
    private final MailOutbox mail;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ApprovalPackageService(ApprovalPackageRepository repository, NominationRepository nominations,
                           StaffDirectoryService staff, AccountAccess access, CurrentUser currentUser,
                           AuditService audit, NotificationService notifications, MailOutbox mail, Clock clock) {
        this.repository = repository;
        this.nominations = nominations;
        this.staff = staff;
        this.access = access;
        this.currentUser = currentUser;
        this.audit = audit;
        this.notifications = notifications;
        this.mail = mail;
        this.clock = clock;
    }

    /**
     * Issues the package of an approved nomination, in the approving reviewer's transaction: the
     * account's first approval gets a promotion code (later nominations need none, as later offers
     * need no nomination), e-mailed to the owners; the owners are told where to find the package.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void issue(Nomination approved) {
        if (repository.codeOf(approved.accountId()).isEmpty()) {
            String code = newCode();
            repository.insertCode(approved.accountId(), approved.id(), hash(code), code, clock.instant());
            mail.toAccount(approved.accountId(), List.of(AccountRole.OWNER), MailKind.APPROVAL_PACKAGE,
                    "onboarding/nomination", approved.productName(), code);
            audit.record(approved.accountId(), "nomination", String.valueOf(approved.id()), "PROMOTION_CODE_ISSUED", null);
        }
        notifications.notifyAccount(approved.accountId(), List.of("OWNER"), "notification.approval-package",
                "onboarding/nomination", approved.productName());
    }

    /** The account's package once a nomination is approved: its members and staff may see it. */
    @Transactional(readOnly = true)
    public Optional<ApprovalPackage> approvalPackage(long accountId) {
        access.requireMemberOrStaff(accountId);
        Optional<Nomination> approved = nominations.findByAccountIdOrderBySubmittedAtDesc(accountId).stream()
                .filter(n -> n.status() == ReviewStatus.APPROVED).reduce((newer, older) -> older);
        if (approved.isEmpty()) {
            return Optional.empty();
        }
        Nomination first = approved.get();
        Optional<ApprovalPackageRepository.CodeRow> code = repository.codeOf(accountId);
        ApprovalPackage.CodeState state = code.map(c -> c.redeemedAt() != null ? ApprovalPackage.CodeState.REDEEMED
                : c.waitingToBeShown() ? ApprovalPackage.CodeState.WAITING_TO_BE_SHOWN : ApprovalPackage.CodeState.SHOWN)
                .orElse(ApprovalPackage.CodeState.NONE);
        return Optional.of(new ApprovalPackage(first.productName(), first.offerType(), first.decidedAt(), state,
                code.map(ApprovalPackageRepository.CodeRow::shownAt).orElse(null),
                code.map(ApprovalPackageRepository.CodeRow::redeemedAt).orElse(null), repository.contactOf(accountId)));
    }

    /**
     * The plain promotion code, to an owner, once: the first owner to open the nomination page after
     * the approval sees it; after that only its hash remains (empty).
     */
    @Transactional
    public Optional<String> showCodeOnce(long accountId) {
        access.requireMember(accountId, AccountRole.OWNER);
        PortalUser owner = currentUser.require();
        Optional<String> code = repository.takeCodeToShow(accountId, owner.userId(), clock.instant());
        code.ifPresent(c -> audit.record(accountId, "promotion-code", String.valueOf(accountId), "PROMOTION_CODE_SHOWN", null));
        return code;
    }

    /**
     * The owner redeems the code to waive the developer-account fee. A code is redeemed once; a code
     * of another account is as unknown as a made-up one.
     */
    @Transactional
    public void redeem(long accountId, String code) {
        access.requireMember(accountId, AccountRole.OWNER);
        String normalised = normalise(code);
        if (normalised.isEmpty()) {
            throw new ValidationException("code", "common.required");
        }
        ApprovalPackageRepository.CodeRow row = repository.codeByHash(hash(normalised))
                .filter(r -> r.accountId() == accountId)
                .orElseThrow(() -> new ValidationException("code", "approval.code.unknown"));
        if (row.redeemedAt() != null || !repository.redeem(row.id(), currentUser.require().userId(), clock.instant())) {
            throw new ConflictException("approval.code.already-redeemed");
        }
        audit.record(accountId, "promotion-code", String.valueOf(row.id()), "PROMOTION_CODE_REDEEMED", null);
    }

    /** Staff who may be an account's onboarding contact: the enabled staff members. */
    @Transactional(readOnly = true)
    public List<StaffMember> contactCandidates() {
        access.requireStaff();
        return staff.colleagues();
    }

    /** Staff assign (or change) the account's onboarding contact; the owners are told who it is. */
    @Transactional
    public OnboardingContact assignContact(long accountId, long staffId) {
        PortalUser assigner = access.requireStaff();
        if (contactCandidates().stream().noneMatch(m -> m.userId() == staffId)) {
            throw new ValidationException("contact", "approval.contact.unknown");
        }
        repository.assignContact(accountId, staffId, assigner.userId(), clock.instant());
        OnboardingContact contact = repository.contactOf(accountId).orElseThrow();
        audit.record(accountId, "onboarding-contact", String.valueOf(staffId), "ONBOARDING_CONTACT_ASSIGNED", contact.name());
        notifications.notifyAccount(accountId, List.of("OWNER", "MANAGER"), "notification.onboarding-contact",
                "onboarding/nomination", contact.name());
        return contact;
    }

    private String newCode() {
        StringBuilder code = new StringBuilder("PP");
        for (int g = 0; g < CODE_GROUPS; g++) {
            code.append('-');
            for (int i = 0; i < GROUP_LENGTH; i++) {
                code.append(ALPHABET[random.nextInt(ALPHABET.length)]);
            }
        }
        return code.toString();
    }

    /** What the owner typed, as the code is stored: upper case, without spaces or dashes. */
    static String normalise(String code) {
        return code == null ? "" : code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    /** 100 random bits need no salt: the hash cannot be reversed by trying codes. */
    static String hash(String code) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(normalise(code).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
