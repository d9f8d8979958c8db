package com.publisherportal.account;

import com.publisherportal.common.PublicAccess;
import com.publisherportal.common.ConflictException;
import com.publisherportal.common.EmailAddress;
import com.publisherportal.common.NotFoundException;
import com.publisherportal.common.RowWindow;
import com.publisherportal.common.SortKey;
import com.publisherportal.common.ValidationException;
import com.publisherportal.audit.AuditService;
import com.publisherportal.security.AccountAccess;
import com.publisherportal.security.AccountRole;
import com.publisherportal.security.CurrentUser;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;

/** A publisher account and its users: who belongs, with which role. */
@Service
public class AccountService {

    /** A user just added, with the one-time password to hand over (shown once). */
    public record AddedUser(Member member, String oneTimePassword) {
    }

    private final PublisherAccountRepository accounts;
    private final AppUserRepository users;
    private final MembershipRepository memberships;
    private final DirectoryRepository directory;
    private final AccountAccess access;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    AccountService(PublisherAccountRepository accounts, AppUserRepository users, MembershipRepository memberships,
                   DirectoryRepository directory, AccountAccess access, CurrentUser currentUser, AuditService audit,
                   PasswordEncoder passwordEncoder, Clock clock) {
        this.accounts = accounts;
        this.users = users;
        this.memberships = memberships;
        this.directory = directory;
        this.access = access;
        this.currentUser = currentUser;
        this.audit = audit;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public PublisherAccount account(long accountId) {
        access.requireMemberOrStaff(accountId);
        return accounts.findById(accountId).orElseThrow(() -> new NotFoundException("account"));
    }

    /**
     * A user's display name, for showing who submitted, claimed or decided something ("" for
     * nobody, "?" for an id that no longer resolves). Any signed-in caller: these names appear on
     * items that the caller may already read.
     */
    @Transactional(readOnly = true)
    public String displayName(Long userId) {
        currentUser.require();
        return userId == null ? "" : users.findById(userId).map(u -> u.displayName()).orElse("?");
    }

    /**
     * The names a publisher shows customers (publisher id and display name), without a caller
     * check: the storefront shows them to anyone for a live offer.
     */
    @Transactional(readOnly = true)
    @PublicAccess("The storefront shows a publisher's id and display name to anyone, for a live offer.")
    public PublicName publicName(long accountId) {
        PublisherAccount account = accounts.findById(accountId).orElseThrow(() -> new NotFoundException("account"));
        return new PublicName(account.publisherId(), account.displayName());
    }

    /** What the storefront shows of a publisher. */
    public record PublicName(String publisherId, String displayName) {
    }

    /** The signed-in publisher's own account. */
    @Transactional(readOnly = true)
    public PublisherAccount ownAccount() {
        return account(access.ownAccountId());
    }

    @Transactional(readOnly = true)
    public List<Member> members(long accountId) {
        access.requireMemberOrStaff(accountId);
        return directory.members(accountId);
    }

    @Transactional
    public AddedUser addUser(long accountId, String emailInput, String displayName, AccountRole role) {
        access.requireMember(accountId, AccountRole.OWNER, AccountRole.MANAGER);
        requireMayGrant(accountId, role);
        EmailAddress email = EmailAddress.parse("email", emailInput);
        String name = requireName(displayName);
        if (users.existsByEmail(email.value())) {
            throw new ValidationException("email", "user.email.taken");
        }
        String oneTimePassword = OneTimePasswords.generate();
        AppUser user = users.save(AppUser.create(email.value(), name, passwordEncoder.encode(oneTimePassword),
                currentUser.require().language(), true, null, clock.instant()));
        Membership membership = memberships.save(new Membership(null, user.id(), accountId, role, clock.instant(), null));
        audit.record(accountId, "user", String.valueOf(user.id()), "USER_ADDED", email.value() + " as " + role);
        return new AddedUser(new Member(user.id(), user.email(), user.displayName(), role, true, true,
                membership.createdAt(), membership.version()), oneTimePassword);
    }

    /**
     * Changes a member's role. {@code expectedVersion} is the membership version the editor saw:
     * if someone changed it meanwhile, nothing is overwritten.
     */
    @Transactional
    public void changeRole(long accountId, long userId, AccountRole newRole, int expectedVersion) {
        access.requireMember(accountId, AccountRole.OWNER, AccountRole.MANAGER);
        accounts.lockById(accountId);
        Membership membership = memberships.findByUserIdAndAccountId(userId, accountId)
                .orElseThrow(() -> new NotFoundException("user"));
        if (membership.role() == newRole) {
            return;
        }
        requireMayGrant(accountId, newRole);
        if (membership.role() == AccountRole.OWNER) {
            requireMayGrant(accountId, AccountRole.OWNER);
            requireAnotherOwner(accountId, userId, "user.last-owner.demote");
        }
        try {
            memberships.save(membership.withRole(newRole, expectedVersion));
        } catch (OptimisticLockingFailureException e) {
            throw new ConflictException("user.changed-meanwhile");
        }
        audit.record(accountId, "user", String.valueOf(userId), "USER_ROLE_CHANGED", membership.role() + " -> " + newRole);
    }

    @Transactional
    public void setEnabled(long accountId, long userId, boolean enabled) {
        access.requireMember(accountId, AccountRole.OWNER, AccountRole.MANAGER);
        accounts.lockById(accountId);
        Membership membership = memberships.findByUserIdAndAccountId(userId, accountId)
                .orElseThrow(() -> new NotFoundException("user"));
        if (!enabled) {
            if (userId == currentUser.require().userId()) {
                throw new ValidationException("", "user.deactivate.self");
            }
            if (membership.role() == AccountRole.OWNER) {
                requireMayGrant(accountId, AccountRole.OWNER);
                requireAnotherOwner(accountId, userId, "user.last-owner.deactivate");
            }
        }
        users.updateEnabled(userId, enabled);
        audit.record(accountId, "user", String.valueOf(userId), enabled ? "USER_REACTIVATED" : "USER_DEACTIVATED", null);
    }

    /** Staff: every publisher account, in the given order, a window of rows at a time. */
    @Transactional(readOnly = true)
    public List<AccountSummary> listAccounts(String search, List<SortKey> sorts, RowWindow window) {
        access.requireStaff();
        return directory.accounts(search, sorts, window);
    }

    @Transactional(readOnly = true)
    public int countAccounts(String search) {
        access.requireStaff();
        return directory.countAccounts(search);
    }

    /** Only an owner may make someone an owner, or change or deactivate an owner. */
    private void requireMayGrant(long accountId, AccountRole role) {
        if (role == AccountRole.OWNER) {
            access.requireMember(accountId, AccountRole.OWNER);
        }
    }

    private void requireAnotherOwner(long accountId, long userId, String messageKey) {
        if (memberships.countOtherActiveOwners(accountId, userId) == 0) {
            throw new ValidationException("role", messageKey);
        }
    }

    static String requireName(String displayName) {
        String name = displayName == null ? "" : displayName.trim();
        if (name.isEmpty() || name.length() > 100) {
            throw new ValidationException("displayName", "user.name.invalid", 100);
        }
        return name;
    }
}
