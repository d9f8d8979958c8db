package com.publisherportal.security;

import com.publisherportal.common.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import java.util.Arrays;

/**
 * Tenant and role checks that every service runs before it reads or writes account data.
 * A caller outside the account is told "not found", never that the account exists; a
 * member whose role is not enough is refused.
 */
@Component
public class AccountAccess {

    private final CurrentUser currentUser;
    private final CallerRepository callers;

    AccountAccess(CurrentUser currentUser, CallerRepository callers) {
        this.currentUser = currentUser;
        this.callers = callers;
    }

    /**
     * The caller's role in the account, for what a role may see (masking): a member's own role; an
     * API key acts with its creator's current role (resolved when the key was presented). Refuses
     * a caller who is not a member of the account.
     */
    public AccountRole callerRole(long accountId) {
        var apiCaller = currentUser.apiCaller();
        if (apiCaller.isPresent()) {
            if (apiCaller.get().accountId() != accountId) {
                throw new NotFoundException("account");
            }
            return apiCaller.get().creatorRole();
        }
        return callers.roleOf(currentUser.require().userId(), accountId)
                .orElseThrow(() -> new AccessDeniedException("Not a member"));
    }

    /**
     * Requires the caller to be a member of the account with one of the roles (any role when
     * none are given), or an API key of that account whose creator has one of the roles now (the
     * creator's current role, resolved when the key was presented: a key acts with its creator's
     * current rights).
     */
    public void requireMember(long accountId, AccountRole... allowed) {
        var apiCaller = currentUser.apiCaller();
        if (apiCaller.isPresent()) {
            if (apiCaller.get().accountId() != accountId) {
                throw new NotFoundException("account");
            }
            requireRole(apiCaller.get().creatorRole(), allowed);
            return;
        }
        PortalUser user = currentUser.require();
        AccountRole role = callers.roleOf(user.userId(), accountId)
                .orElseThrow(() -> new NotFoundException("account"));
        requireRole(role, allowed);
    }

    private static void requireRole(AccountRole role, AccountRole... allowed) {
        if (allowed.length > 0 && Arrays.stream(allowed).noneMatch(r -> r == role)) {
            throw new AccessDeniedException("Role " + role + " may not do this");
        }
    }

    /** Like {@link #requireMember}, but staff may also act, on any account. */
    public void requireMemberOrStaff(long accountId, AccountRole... allowed) {
        if (isStaff()) {
            return;
        }
        requireMember(accountId, allowed);
    }

    /** The caller's own publisher account; refuses staff and anonymous callers. */
    public long ownAccountId() {
        var apiCaller = currentUser.apiCaller();
        if (apiCaller.isPresent()) {
            return apiCaller.get().accountId();
        }
        PortalUser user = currentUser.require();
        if (user.accountId() == null) {
            throw new AccessDeniedException("Not a publisher user");
        }
        return user.accountId();
    }

    public PortalUser requireStaff() {
        PortalUser user = currentUser.require();
        if (callers.platformRoleOf(user.userId()).isEmpty()) {
            throw new AccessDeniedException("Staff only");
        }
        return user;
    }

    public PortalUser requireAdmin() {
        PortalUser user = currentUser.require();
        if (callers.platformRoleOf(user.userId()).filter(r -> r == PlatformRole.ADMIN).isEmpty()) {
            throw new AccessDeniedException("Administrators only");
        }
        return user;
    }

    /** Whether the caller is an administrator now (their platform role, read from the database). */
    public boolean isAdmin() {
        return currentUser.get().flatMap(u -> callers.platformRoleOf(u.userId())).filter(r -> r == PlatformRole.ADMIN).isPresent();
    }

    public boolean isStaff() {
        return currentUser.get().filter(u -> callers.platformRoleOf(u.userId()).isPresent()).isPresent();
    }
}
