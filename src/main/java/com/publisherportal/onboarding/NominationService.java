package com.publisherportal.onboarding;

import com.publisherportal.common.ValidationException;
import com.publisherportal.common.ValidationException.Violation;
import com.publisherportal.audit.AuditService;
import com.publisherportal.notification.NotificationService;
import com.publisherportal.security.AccountAccess;
import com.publisherportal.security.AccountRole;
import com.publisherportal.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A publisher nominates a product; staff decide within 3 business days. */
@Service
public class NominationService {

    /** What the nomination form asks for. */
    public record NominationForm(String productName, OfferType offerType, String description,
                                 PlatformRelation platformRelation, String platformService, String targetCustomers,
                                 String website) {
    }

    private final NominationRepository nominations;
    private final BusinessCalendar calendar;
    private final AccountAccess access;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final NotificationService notifications;
    private final Clock clock;

    NominationService(NominationRepository nominations, BusinessCalendar calendar, AccountAccess access,
                      CurrentUser currentUser, AuditService audit, NotificationService notifications, Clock clock) {
        this.nominations = nominations;
        this.calendar = calendar;
        this.access = access;
        this.currentUser = currentUser;
        this.audit = audit;
        this.notifications = notifications;
        this.clock = clock;
    }

    /** The account's nominations, newest first. */
    @Transactional(readOnly = true)
    public List<Nomination> nominations(long accountId) {
        access.requireMemberOrStaff(accountId);
        return nominations.findByAccountIdOrderBySubmittedAtDesc(accountId);
    }

    @Transactional(readOnly = true)
    public Optional<Nomination> latest(long accountId) {
        return nominations(accountId).stream().findFirst();
    }

    @Transactional
    public Nomination submit(long accountId, NominationForm form) {
        access.requireMember(accountId, AccountRole.OWNER, AccountRole.MANAGER);
        if (nominations(accountId).stream().anyMatch(n -> n.status() == ReviewStatus.SUBMITTED)) {
            throw new ValidationException("", "nomination.already-pending");
        }
        List<Violation> violations = new ArrayList<>();
        String product = Text.required(form.productName(), "productName", 100, violations);
        String description = Text.required(form.description(), "description", 2000, violations);
        String service = Text.required(form.platformService(), "platformService", 100, violations);
        String customers = Text.required(form.targetCustomers(), "targetCustomers", 500, violations);
        String website = Text.required(form.website(), "website", 300, violations);
        if (form.offerType() == null) {
            violations.add(new Violation("offerType", "offer.type.required"));
        }
        if (form.platformRelation() == null) {
            violations.add(new Violation("platformRelation", "nomination.relation.required"));
        }
        if (!website.isEmpty() && !Text.isHttpUrl(website)) {
            violations.add(new Violation("website", "common.url.invalid"));
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        Instant now = clock.instant();
        Nomination saved = nominations.save(new Nomination(null, accountId, product, form.offerType(), description,
                form.platformRelation(), service, customers, website, ReviewStatus.SUBMITTED,
                currentUser.require().userId(), now, calendar.addBusinessDays(now, BusinessCalendar.NOMINATION_DAYS),
                null, null, null, null, null, null));
        audit.record(accountId, "nomination", String.valueOf(saved.id()), "NOMINATION_SUBMITTED", product);
        notifications.notifyStaff("notification.nomination-submitted", "staff/review/nomination/" + saved.id(), product);
        return saved;
    }

    /** Small text rules shared by the onboarding forms. */
    static final class Text {
        private Text() {
        }

        static String required(String value, String field, int max, List<Violation> violations) {
            String trimmed = value == null ? "" : value.trim();
            if (trimmed.isEmpty()) {
                violations.add(new Violation(field, "common.required"));
            } else if (trimmed.length() > max) {
                violations.add(new Violation(field, "common.too-long", max));
            }
            return trimmed;
        }

        static boolean isHttpUrl(String value) {
            try {
                URI uri = URI.create(value);
                return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
            } catch (IllegalArgumentException e) {
                return false;
            }
        }
    }
}
