package com.publisherportal.account;

import com.publisherportal.common.PublicAccess;
import com.publisherportal.common.ValidationException;
import com.publisherportal.audit.AuditService;
import com.publisherportal.security.CurrentUser;
import com.publisherportal.security.PasswordPolicy;
import com.publisherportal.security.PortalUser;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Set;

/** What every signed-in user may change about themselves: password and language. */
@Service
public class ProfileService {

    public static final Set<String> LANGUAGES = Set.of("en", "fr");

    private final AppUserRepository users;
    private final CurrentUser currentUser;
    private final PasswordPolicy passwordPolicy;
    private final PasswordEncoder passwordEncoder;
    private final AuditService audit;

    ProfileService(AppUserRepository users, CurrentUser currentUser, PasswordPolicy passwordPolicy,
                   PasswordEncoder passwordEncoder, AuditService audit) {
        this.users = users;
        this.currentUser = currentUser;
        this.passwordPolicy = passwordPolicy;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public AppUser me() {
        return users.findById(currentUser.require().userId()).orElseThrow();
    }

    /**
     * Checked on every navigation, so it reads the one column in one statement, without a
     * transaction (a read-only transaction costs the database a BEGIN and a COMMIT around it).
     */
    @PublicAccess("Reads only the signed-in user's own flag, and false for nobody (checked on every navigation).")
    public boolean mustChangePassword() {
        return currentUser.get().flatMap(u -> users.mustChangePassword(u.userId())).orElse(false);
    }

    @Transactional
    public void changePassword(String currentPassword, String newPassword) {
        PortalUser user = currentUser.require();
        AppUser stored = users.findById(user.userId()).orElseThrow();
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, stored.passwordHash())) {
            throw new ValidationException("currentPassword", "password.current.wrong");
        }
        passwordPolicy.check("newPassword", newPassword, stored.email()).ifPresent(v -> {
            throw new ValidationException(java.util.List.of(v));
        });
        if (newPassword.equals(currentPassword)) {
            throw new ValidationException("newPassword", "password.same");
        }
        users.updatePassword(user.userId(), passwordEncoder.encode(newPassword), false);
        audit.record(user.accountId(), "user", String.valueOf(user.userId()), "PASSWORD_CHANGED", null);
    }

    @Transactional
    public void changeLanguage(String language) {
        if (!LANGUAGES.contains(language)) {
            throw new ValidationException("language", "language.unsupported");
        }
        PortalUser user = currentUser.require();
        users.updateLanguage(user.userId(), language);
        audit.record(user.accountId(), "user", String.valueOf(user.userId()), "LANGUAGE_CHANGED", language);
    }
}
