package com.publisherportal.account;

import com.publisherportal.common.OutsideText;
import com.publisherportal.common.PublicAccess;
import com.publisherportal.common.EmailAddress;
import com.publisherportal.common.ValidationException;
import com.publisherportal.common.ValidationException.Violation;
import com.publisherportal.audit.AuditService;
import com.publisherportal.notification.NotificationService;
import com.publisherportal.security.AccountRole;
import com.publisherportal.security.AttemptLimiter;
import com.publisherportal.common.SharedLimits;
import com.publisherportal.security.PasswordPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Self-service sign-up of a new publisher: the company and its first owner, in one transaction.
 * <p>
 * The answer never tells whether an e-mail address already has an account (that would let anyone
 * test addresses): with such an address nothing is created, the form is answered exactly as for a
 * new one, and the existing user is told in the portal instead. Sign-ups are limited per client
 * address ({@code portal.sign-up.max-per-address}, 5 an hour by default), counting each one that
 * passes the form's rules.
 */
@Service
public class SignUpService {

    /** What the sign-up form asks for. */
    public record SignUp(String legalName, String displayName, String publisherId, String country, String ownerName,
                         String email, String password, String language) {
        /** Everything but the password is cleaned of invisible and control characters (the password is the person's secret, exactly as typed). */
        public SignUp {
            legalName = OutsideText.singleLine(legalName);
            displayName = OutsideText.singleLine(displayName);
            publisherId = OutsideText.singleLine(publisherId);
            country = OutsideText.singleLine(country);
            ownerName = OutsideText.singleLine(ownerName);
            email = OutsideText.singleLine(email);
            language = OutsideText.singleLine(language);
        }
    }

    static final Duration SIGN_UP_WINDOW = Duration.ofHours(1);

    private static final Logger log = LoggerFactory.getLogger(SignUpService.class);
    private static final Pattern PUBLISHER_ID = Pattern.compile("[a-z0-9][a-z0-9-]{2,49}");

    private final PublisherAccountRepository accounts;
    private final AppUserRepository users;
    private final MembershipRepository memberships;
    private final PasswordPolicy passwordPolicy;
    private final PasswordEncoder passwordEncoder;
    private final AuditService audit;
    private final NotificationService notifications;
    private final Clock clock;
    private final AttemptLimiter perAddress;

    SignUpService(PublisherAccountRepository accounts, AppUserRepository users, MembershipRepository memberships,
                  PasswordPolicy passwordPolicy, PasswordEncoder passwordEncoder, AuditService audit,
                  NotificationService notifications, Clock clock, SharedLimits limits,
                  @Value("${portal.sign-up.max-per-address:5}") int maxPerAddress) {
        this.accounts = accounts;
        this.users = users;
        this.memberships = memberships;
        this.passwordPolicy = passwordPolicy;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.notifications = notifications;
        this.clock = clock;
        this.perAddress = new AttemptLimiter(limits.attemptWindow("sign-up", maxPerAddress, SIGN_UP_WINDOW));
    }

    /** A sign-up that comes from no client (tests, tools): not limited per address. */
    @Transactional
    @PublicAccess("Sign-up: nobody is signed in yet; it creates a new account and its first user.")
    public Optional<PublisherAccount> signUp(SignUp form) {
        return signUp(form, null);
    }

    /**
     * Creates the account and its owner; every broken rule is reported at once. Answers the new
     * account, or empty when the e-mail address already belonged to a user: then nothing was
     * created and that user was notified. Callers that answer a person must answer both alike.
     *
     * @param clientAddress the address the form was sent from, for the per-address limit (null: none)
     */
    @Transactional
    @PublicAccess("Sign-up: nobody is signed in yet; it creates a new account and its first user.")
    public Optional<PublisherAccount> signUp(SignUp form, String clientAddress) {
        Instant now = clock.instant();
        if (clientAddress != null) {
            Optional<Duration> wait = perAddress.blockedFor(clientAddress, now);
            if (wait.isPresent()) {
                log.info("Sign-up from {} refused: too many from this address", clientAddress);
                throw new ValidationException("", "signup.throttled", Math.max(1, (wait.get().toSeconds() + 59) / 60));
            }
        }
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
        } catch (ValidationException e) {
            violations.addAll(e.violations());
        }
        passwordPolicy.check("password", form.password(), form.email()).ifPresent(violations::add);
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        if (clientAddress != null) {
            perAddress.record(clientAddress, now);
        }
        // Hashed either way, so an existing e-mail costs the same time as a new one.
        String passwordHash = passwordEncoder.encode(form.password());
        Optional<AppUser> existing = users.findByEmail(email.value());
        if (existing.isPresent()) {
            notifications.notifyUser(existing.get().id(), "notification.sign-up-existing-email", "profile",
                    clientAddress == null ? "unknown" : clientAddress);
            log.info("Sign-up with the e-mail of user {} from {}: nothing created, the user was notified",
                    existing.get().id(), clientAddress);
            return Optional.empty();
        }
        try {
            PublisherAccount account = accounts.save(new PublisherAccount(null, publisherId, legalName, displayName,
                    form.country(), AccountStatus.ACTIVE, now, null));
            String language = "fr".equals(form.language()) ? "fr" : "en";
            AppUser owner = users.save(AppUser.create(email.value(), ownerName, passwordHash, language, false, null, now));
            memberships.save(new Membership(null, owner.id(), account.id(), AccountRole.OWNER, now, null));
            audit.record(owner.id(), owner.email(), account.id(), "account", String.valueOf(account.id()),
                    "ACCOUNT_SIGNED_UP", legalName + " (" + publisherId + ")");
            return Optional.of(account);
        } catch (DuplicateKeyException e) {
            // Someone took the same e-mail or publisher ID between the check and the insert.
            throw new ValidationException("", "signup.taken-meanwhile");
        }
    }

    private static String trimmed(String value) {
        return value == null ? "" : value.trim();
    }
}
