package com.publisherportal.onboarding;

import com.publisherportal.audit.AuditService;
import com.publisherportal.common.ConflictException;
import com.publisherportal.common.NotFoundException;
import com.publisherportal.common.Translatable;
import com.publisherportal.common.ValidationException;
import com.publisherportal.common.ValidationException.Violation;
import com.publisherportal.notification.NotificationService;
import com.publisherportal.security.AccountAccess;
import com.publisherportal.security.AccountRole;
import com.publisherportal.security.CurrentUser;
import com.publisherportal.security.PortalUser;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Agreements as documents: administrators publish versions of each agreement in English and
 * French with what changed; an account's owner accepts the current version of each (who, when,
 * which version is kept). A new version must be accepted again before the account's next
 * submission; the registration and the certification prerequisites read from here.
 */
@Service
public class AgreementService {

    /** A new version as staff write it: every text in both languages. */
    public record AgreementDraft(String titleEn, String titleFr, String bodyEn, String bodyFr, String changesEn,
                                 String changesFr) {
    }

    static final int TITLE_MAX = 200;
    static final int BODY_MAX = 20_000;
    static final int CHANGES_MAX = 2_000;

    private final AgreementRepository repository;
    private final AccountAccess access;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final NotificationService notifications;
    private final Clock clock;

    AgreementService(AgreementRepository repository, AccountAccess access, CurrentUser currentUser, AuditService audit,
                     NotificationService notifications, Clock clock) {
        this.repository = repository;
        this.access = access;
        this.currentUser = currentUser;
        this.audit = audit;
        this.notifications = notifications;
        this.clock = clock;
    }

    /** The current version of each agreement, in the agreements' order; any signed-in user may read them. */
    @Transactional(readOnly = true)
    public List<AgreementVersion> current() {
        currentUser.require();
        return currentVersions();
    }

    /** Where the account stands on each agreement: its members and staff may see it. */
    @Transactional(readOnly = true)
    public List<AgreementStanding> standing(long accountId) {
        access.requireMemberOrStaff(accountId);
        return standingOf(accountId);
    }

    /** Every version of an agreement, newest first, for staff. */
    @Transactional(readOnly = true)
    public List<AgreementVersion> versions(AgreementKind kind) {
        access.requireStaff();
        return repository.versions(kind);
    }

    /**
     * The account's owner accepts a version. Only the current version can be accepted (a page left
     * open while staff published a newer one is told so); accepting twice keeps the first record.
     */
    @Transactional
    public AgreementAcceptance accept(long accountId, long versionId) {
        access.requireMember(accountId, AccountRole.OWNER);
        AgreementVersion version = repository.version(versionId).orElseThrow(() -> new NotFoundException("agreement"));
        AgreementVersion current = currentVersions().stream().filter(v -> v.kind() == version.kind()).findFirst()
                .orElseThrow();
        if (current.id() != version.id()) {
            throw new ConflictException("agreements.not-current", current.number());
        }
        if (repository.accept(accountId, versionId, currentUser.require().userId(), clock.instant())) {
            audit.record(accountId, "agreement", String.valueOf(versionId), "AGREEMENT_ACCEPTED",
                    version.kind().name() + " v" + version.number());
        }
        return standingOf(accountId).stream().filter(s -> s.kind() == version.kind()).findFirst()
                .flatMap(AgreementStanding::latestAcceptance).orElseThrow();
    }

    /**
     * An administrator publishes the next version of an agreement. Every account that accepted an
     * earlier version is told that its owner must accept this one before the next submission.
     */
    @Transactional
    public AgreementVersion publish(AgreementKind kind, AgreementDraft draft) {
        PortalUser admin = access.requireAdmin();
        if (kind == null) {
            throw new ValidationException("kind", "common.required");
        }
        List<Violation> violations = new ArrayList<>();
        String titleEn = NominationService.Text.required(draft.titleEn(), "titleEn", TITLE_MAX, violations);
        String titleFr = NominationService.Text.required(draft.titleFr(), "titleFr", TITLE_MAX, violations);
        String bodyEn = NominationService.Text.required(draft.bodyEn(), "bodyEn", BODY_MAX, violations);
        String bodyFr = NominationService.Text.required(draft.bodyFr(), "bodyFr", BODY_MAX, violations);
        String changesEn = NominationService.Text.required(draft.changesEn(), "changesEn", CHANGES_MAX, violations);
        String changesFr = NominationService.Text.required(draft.changesFr(), "changesFr", CHANGES_MAX, violations);
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        List<AgreementVersion> earlier = repository.versions(kind);
        int number = earlier.isEmpty() ? 1 : earlier.getFirst().number() + 1;
        Instant now = clock.instant();
        long id;
        try {
            id = repository.insert(kind, number, titleEn, titleFr, bodyEn, bodyFr, changesEn, changesFr, admin.userId(), now);
        } catch (DuplicateKeyException e) {
            throw new ConflictException("agreements.published-meanwhile");
        }
        audit.record(null, "agreement", String.valueOf(id), "AGREEMENT_PUBLISHED", kind.name() + " v" + number);
        for (long accountId : repository.accountsThatAccepted(kind)) {
            notifications.notifyAccount(accountId, List.of("OWNER"), "notification.agreement-new-version",
                    "onboarding/agreements", titleEn, titleFr, number);
        }
        return repository.version(id).orElseThrow();
    }

    /**
     * The submission's check: a violation per agreement whose current version the account has not
     * accepted, naming it and, for a renewal, what changed (in the reader's language).
     */
    List<Violation> outstanding(long accountId) {
        return standingOf(accountId).stream().filter(s -> !s.accepted()).map(s -> s.renewalNeeded()
                        ? new Violation("agreements", "submit.agreement-renewal", inLanguage(s.current().titleEn(),
                        s.current().titleFr()), s.current().number(), inLanguage(s.current().changesEn(), s.current().changesFr()))
                        : new Violation("agreements", "submit.agreement-not-accepted",
                        inLanguage(s.current().titleEn(), s.current().titleFr()), s.current().number()))
                .toList();
    }

    /** The account's acceptance of every current version, if all are accepted: the newest of them. */
    Optional<AgreementAcceptance> allAccepted(long accountId) {
        List<AgreementStanding> standing = standingOf(accountId);
        if (standing.isEmpty() || !standing.stream().allMatch(AgreementStanding::accepted)) {
            return Optional.empty();
        }
        return standing.stream().map(s -> s.latestAcceptance().orElseThrow())
                .max(Comparator.comparing(AgreementAcceptance::acceptedAt));
    }

    /** Records the owner's acceptance of the current version of a kind (the registration's tick-box). */
    Optional<AgreementAcceptance> acceptCurrentFromRegistration(long accountId, AgreementKind kind, boolean callerIsOwner) {
        AgreementStanding standing = standingOf(accountId).stream().filter(s -> s.kind() == kind).findFirst().orElseThrow();
        if (!standing.accepted() && callerIsOwner) {
            repository.accept(accountId, standing.current().id(), currentUser.require().userId(), clock.instant());
            audit.record(accountId, "agreement", String.valueOf(standing.current().id()), "AGREEMENT_ACCEPTED",
                    kind.name() + " v" + standing.current().number());
            standing = standingOf(accountId).stream().filter(s -> s.kind() == kind).findFirst().orElseThrow();
        }
        return standing.accepted() ? standing.latestAcceptance() : Optional.empty();
    }

    private List<AgreementVersion> currentVersions() {
        return repository.currentVersions().stream().sorted(Comparator.comparing(AgreementVersion::kind)).toList();
    }

    private List<AgreementStanding> standingOf(long accountId) {
        Map<AgreementKind, AgreementAcceptance> latest = repository.acceptances(accountId).stream()
                .collect(Collectors.toMap(AgreementAcceptance::kind, Function.identity(),
                        (a, b) -> a.versionNumber() >= b.versionNumber() ? a : b));
        return currentVersions().stream()
                .map(v -> new AgreementStanding(v, Optional.ofNullable(latest.get(v.kind())))).toList();
    }

    /** A text stored in both languages, shown in the reader's (see agreements.in-language in the bundles). */
    static Translatable inLanguage(String english, String french) {
        return new Translatable() {
            @Override
            public String messageKey() {
                return "agreements.in-language";
            }

            @Override
            public Object[] arguments() {
                return new Object[]{english, french};
            }
        };
    }
}
