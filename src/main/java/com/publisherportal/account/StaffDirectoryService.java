package com.publisherportal.account;

import com.publisherportal.common.ConflictException;
import com.publisherportal.common.EmailAddress;
import com.publisherportal.common.NotFoundException;
import com.publisherportal.common.ValidationException;
import com.publisherportal.audit.AuditService;
import com.publisherportal.security.AccountAccess;
import com.publisherportal.security.PlatformRole;
import com.publisherportal.security.PortalUser;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;

/** Administrators manage the marketplace's staff and administrators. */
@Service
public class StaffDirectoryService {

    public record AddedStaff(StaffMember member, String oneTimePassword) {
    }

    private final AppUserRepository users;
    private final DirectoryRepository directory;
    private final AccountAccess access;
    private final AuditService audit;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    StaffDirectoryService(AppUserRepository users, DirectoryRepository directory, AccountAccess access,
                          AuditService audit, PasswordEncoder passwordEncoder, Clock clock) {
        this.users = users;
        this.directory = directory;
        this.access = access;
        this.audit = audit;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<StaffMember> list() {
        access.requireAdmin();
        return directory.staff();
    }

    /** The enabled staff members, for staff choosing a colleague (e.g. an account's onboarding contact). */
    @Transactional(readOnly = true)
    public List<StaffMember> colleagues() {
        access.requireStaff();
        return directory.staff().stream().filter(StaffMember::enabled).toList();
    }

    @Transactional
    public AddedStaff add(String emailInput, String displayName, PlatformRole role) {
        PortalUser admin = access.requireAdmin();
        EmailAddress email = EmailAddress.parse("email", emailInput);
        String name = AccountService.requireName(displayName);
        if (role == null) {
            throw new ValidationException("role", "staff.role.required");
        }
        if (users.existsByEmail(email.value())) {
            throw new ValidationException("email", "user.email.taken");
        }
        String oneTimePassword = OneTimePasswords.generate();
        AppUser user = users.save(AppUser.create(email.value(), name, passwordEncoder.encode(oneTimePassword),
                admin.language(), true, role, clock.instant()));
        audit.record(null, "staff", String.valueOf(user.id()), "STAFF_ADDED", email.value() + " as " + role);
        return new AddedStaff(new StaffMember(user.id(), user.email(), user.displayName(), role, true,
                user.createdAt(), user.version()), oneTimePassword);
    }

    @Transactional
    public void changeRole(long userId, PlatformRole role, int expectedVersion) {
        access.requireAdmin();
        AppUser user = staffUser(userId);
        if (user.platformRole() == role) {
            return;
        }
        if (user.platformRole() == PlatformRole.ADMIN && directory.countOtherActiveAdmins(userId) == 0) {
            throw new ValidationException("role", "staff.last-admin");
        }
        if (users.updatePlatformRole(userId, role.name(), expectedVersion) == 0) {
            throw new ConflictException("user.changed-meanwhile");
        }
        audit.record(null, "staff", String.valueOf(userId), "STAFF_ROLE_CHANGED", user.platformRole() + " -> " + role);
    }

    @Transactional
    public void setEnabled(long userId, boolean enabled) {
        PortalUser admin = access.requireAdmin();
        AppUser user = staffUser(userId);
        if (!enabled) {
            if (userId == admin.userId()) {
                throw new ValidationException("", "user.deactivate.self");
            }
            if (user.platformRole() == PlatformRole.ADMIN && directory.countOtherActiveAdmins(userId) == 0) {
                throw new ValidationException("", "staff.last-admin");
            }
        }
        users.updateEnabled(userId, enabled);
        audit.record(null, "staff", String.valueOf(userId), enabled ? "STAFF_REACTIVATED" : "STAFF_DEACTIVATED", null);
    }

    private AppUser staffUser(long userId) {
        return users.findById(userId).filter(u -> u.platformRole() != null)
                .orElseThrow(() -> new NotFoundException("user"));
    }
}
