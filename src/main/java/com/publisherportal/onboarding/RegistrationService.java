package com.publisherportal.onboarding;

import com.publisherportal.common.PublicAccess;
import com.publisherportal.common.EmailAddress;
import com.publisherportal.common.ValidationException;
import com.publisherportal.common.ValidationException.Violation;
import com.publisherportal.audit.AuditService;
import com.publisherportal.notification.NotificationService;
import com.publisherportal.security.AccountAccess;
import com.publisherportal.security.AccountRole;
import com.publisherportal.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;

/** Seller registration: the company's tax and payout profile and accepted policies, vetted by staff within 2 weeks. */
@Service
public class RegistrationService {

    /**
     * What the registration form asks for; the four acceptances must all be given. Each is the
     * owner's acceptance of the agreement's current version (a manager registering finds them
     * accepted by the owner, or is told the owner must accept first).
     */
    public record RegistrationForm(String legalName, String addressLine, String city, String postalCode, String country,
                                   String taxId, String iban, String supportEmail, String supportPhone,
                                   boolean policiesAccepted, boolean termsAccepted, boolean privacyAccepted,
                                   boolean certificationAccepted) {
    }

    private final SellerRegistrationRepository registrations;
    private final SupportedCountryRepository countries;
    private final BusinessCalendar calendar;
    private final AccountAccess access;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final NotificationService notifications;
    private final Clock clock;
    private final AgreementService agreements;

    RegistrationService(SellerRegistrationRepository registrations, SupportedCountryRepository countries,
                        BusinessCalendar calendar, AccountAccess access, CurrentUser currentUser, AuditService audit,
                        NotificationService notifications, Clock clock, AgreementService agreements) {
        this.agreements = agreements;
        this.registrations = registrations;
        this.countries = countries;
        this.calendar = calendar;
        this.access = access;
        this.currentUser = currentUser;
        this.audit = audit;
        this.notifications = notifications;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<SellerRegistration> registrations(long accountId) {
        access.requireMemberOrStaff(accountId);
        return registrations.findByAccountIdOrderBySubmittedAtDesc(accountId);
    }

    @Transactional(readOnly = true)
    public Optional<SellerRegistration> latest(long accountId) {
        return registrations(accountId).stream().findFirst();
    }

    @Transactional(readOnly = true)
    @PublicAccess("Reference data: the list of supported countries.")
    public List<String> supportedCountries() {
        return countries.codes();
    }

    @Transactional
    public SellerRegistration submit(long accountId, RegistrationForm form) {
        access.requireMember(accountId, AccountRole.OWNER, AccountRole.MANAGER);
        List<SellerRegistration> existing = registrations.findByAccountIdOrderBySubmittedAtDesc(accountId);
        if (existing.stream().anyMatch(r -> r.status() != ReviewStatus.REJECTED)) {
            throw new ValidationException("", "registration.already-submitted");
        }
        List<Violation> violations = new ArrayList<>();
        String legalName = NominationService.Text.required(form.legalName(), "legalName", 200, violations);
        String address = NominationService.Text.required(form.addressLine(), "addressLine", 200, violations);
        String city = NominationService.Text.required(form.city(), "city", 100, violations);
        String postalCode = NominationService.Text.required(form.postalCode(), "postalCode", 20, violations);
        String taxId = NominationService.Text.required(form.taxId(), "taxId", 50, violations);
        String phone = form.supportPhone() == null ? "" : form.supportPhone().trim();
        if (phone.length() > 40) {
            violations.add(new Violation("supportPhone", "common.too-long", 40));
        }
        if (!countries.isSupported(form.country())) {
            violations.add(new Violation("country", "registration.country.unsupported"));
        }
        Iban iban = null;
        try {
            iban = Iban.parse(form.iban());
        } catch (ValidationException e) {
            violations.addAll(e.violations());
        }
        EmailAddress supportEmail = null;
        try {
            supportEmail = EmailAddress.parse("supportEmail", form.supportEmail());
        } catch (ValidationException e) {
            violations.addAll(e.violations());
        }
        boolean owner = access.callerRole(accountId) == AccountRole.OWNER;
        Map<AgreementKind, AgreementAcceptance> accepted = new EnumMap<>(AgreementKind.class);
        acceptance(accountId, AgreementKind.PARTICIPATION_POLICIES, form.policiesAccepted(), "policiesAccepted", owner, accepted, violations);
        acceptance(accountId, AgreementKind.TERMS_OF_USE, form.termsAccepted(), "termsAccepted", owner, accepted, violations);
        acceptance(accountId, AgreementKind.PRIVACY_STATEMENT, form.privacyAccepted(), "privacyAccepted", owner, accepted, violations);
        acceptance(accountId, AgreementKind.CERTIFIED_PROGRAM, form.certificationAccepted(), "certificationAccepted", owner, accepted, violations);
        if (!violations.isEmpty()) {
            // Rolls back any acceptance recorded above: nothing is half-written.
            throw new ValidationException(violations);
        }
        long user = currentUser.require().userId();
        Instant now = clock.instant();
        SellerRegistration saved = registrations.save(new SellerRegistration(null, accountId, legalName, address, city,
                postalCode, form.country(), taxId, iban.value(), supportEmail.value(), phone.isEmpty() ? null : phone,
                by(accepted, AgreementKind.PARTICIPATION_POLICIES), at(accepted, AgreementKind.PARTICIPATION_POLICIES),
                by(accepted, AgreementKind.TERMS_OF_USE), at(accepted, AgreementKind.TERMS_OF_USE),
                by(accepted, AgreementKind.PRIVACY_STATEMENT), at(accepted, AgreementKind.PRIVACY_STATEMENT),
                by(accepted, AgreementKind.CERTIFIED_PROGRAM), at(accepted, AgreementKind.CERTIFIED_PROGRAM),
                ReviewStatus.SUBMITTED, user, now,
                calendar.addBusinessDays(now, BusinessCalendar.REGISTRATION_DAYS), null, null, null, null, null, null));
        audit.record(accountId, "registration", String.valueOf(saved.id()), "REGISTRATION_SUBMITTED", legalName);
        notifications.notifyStaff("notification.registration-submitted", "staff/review/registration/" + saved.id(), legalName);
        return saved;
    }

    private void acceptance(long accountId, AgreementKind kind, boolean ticked, String field, boolean owner,
                            Map<AgreementKind, AgreementAcceptance> accepted, List<Violation> violations) {
        if (!ticked) {
            violations.add(new Violation(field, "registration.accept.required"));
            return;
        }
        agreements.acceptCurrentFromRegistration(accountId, kind, owner).ifPresentOrElse(a -> accepted.put(kind, a),
                () -> violations.add(new Violation(field, "agreements.owner-must-accept")));
    }

    private static long by(Map<AgreementKind, AgreementAcceptance> accepted, AgreementKind kind) {
        return accepted.get(kind).acceptedBy();
    }

    private static Instant at(Map<AgreementKind, AgreementAcceptance> accepted, AgreementKind kind) {
        return accepted.get(kind).acceptedAt();
    }
}
