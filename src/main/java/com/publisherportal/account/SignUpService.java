package com.publisherportal.account;

import com.publisherportal.common.EmailAddress;
import com.publisherportal.common.ValidationException;
import com.publisherportal.common.ValidationException.Violation;
import com.publisherportal.audit.AuditService;
import com.publisherportal.security.AccountRole;
import com.publisherportal.security.PasswordPolicy;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Self-service sign-up of a new publisher: the company and its first owner, in one transaction. */
@Service
public class SignUpService {

    /** What the sign-up form asks for. */
    public record SignUp(String legalName, String displayName, String publisherId, String country, String ownerName,
                         String email, String password, String language) {
    }

    private static final Pattern PUBLISHER_ID = Pattern.compile("[a-z0-9][a-z0-9-]{2,49}");

    private final PublisherAccountRepository accounts;
    private final AppUserRepository users;
    private final MembershipRepository memberships;
    private final PasswordPolicy passwordPolicy;
    private final PasswordEncoder passwordEncoder;
    private final AuditService audit;
    private final Clock clock;

    SignUpService(PublisherAccountRepository accounts, AppUserRepository users, MembershipRepository memberships,
                  PasswordPolicy passwordPolicy, PasswordEncoder passwordEncoder, AuditService audit, Clock clock) {
        this.accounts = accounts;
        this.users = users;
        this.memberships = memberships;
        this.passwordPolicy = passwordPolicy;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.clock = clock;
    }

    /** Creates the account and its owner; every broken rule is reported at once. */
    @Transactional
    public PublisherAccount signUp(SignUp form) {
        List<Violation> violations = new ArrayList<>();
        String legalName = trimmed(form.legalName());
        String displayName = trimmed(form.displayName());
        String publisherId = trimmed(form.publisherId());
        String ownerName = trimmed(form.ownerName());
        if (legalName.isEmpty() || legalName.length() > 200) {
            violations.add(new Violation("legalName", "signup.legal-name.invalid", 200));
        }
        if (displayName.isEmpty() || displayName.length() > 100) {
            violations.add(new Violation("displayName", "signup.display-name.invalid", 100));
        }
        if (!PUBLISHER_ID.matcher(publisherId).matches()) {
            violations.add(new Violation("publisherId", "signup.publisher-id.invalid"));
        } else if (accounts.existsByPublisherId(publisherId)) {
            violations.add(new Violation("publisherId", "signup.publisher-id.taken"));
        }
        if (!Countries.isValid(form.country())) {
            violations.add(new Violation("country", "signup.country.invalid"));
        }
        if (ownerName.isEmpty() || ownerName.length() > 100) {
            violations.add(new Violation("ownerName", "user.name.invalid", 100));
        }
        EmailAddress email = null;
        try {
            email = EmailAddress.parse("email", form.email());
            if (users.existsByEmail(email.value())) {
                violations.add(new Violation("email", "user.email.taken"));
            }
        } catch (ValidationException e) {
            violations.addAll(e.violations());
        }
        passwordPolicy.check("password", form.password(), form.email()).ifPresent(violations::add);
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        Instant now = clock.instant();
        try {
            PublisherAccount account = accounts.save(new PublisherAccount(null, publisherId, legalName, displayName,
                    form.country(), AccountStatus.ACTIVE, now, null));
            String language = "fr".equals(form.language()) ? "fr" : "en";
            AppUser owner = users.save(AppUser.create(email.value(), ownerName, passwordEncoder.encode(form.password()),
                    language, false, null, now));
            memberships.save(new Membership(null, owner.id(), account.id(), AccountRole.OWNER, now, null));
            audit.record(owner.id(), owner.email(), account.id(), "account", String.valueOf(account.id()),
                    "ACCOUNT_SIGNED_UP", legalName + " (" + publisherId + ")");
            return account;
        } catch (DuplicateKeyException e) {
            // Someone took the same e-mail or publisher ID between the check and the insert.
            throw new ValidationException("", "signup.taken-meanwhile");
        }
    }

    private static String trimmed(String value) {
        return value == null ? "" : value.trim();
    }
}
