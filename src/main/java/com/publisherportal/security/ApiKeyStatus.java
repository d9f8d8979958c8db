package com.publisherportal.security;

import java.util.EnumSet;
import java.util.Set;

/**
 * An API key as the API keys page shows it: whether it works now, given its creator's current
 * standing in the account. A key acts with its creator's current rights, so it is
 * <ul>
 *   <li>{@link State#SUSPENDED} when its creator is deactivated or no longer a member (the key
 *       answers 401), or when the creator's role allows none of its scopes (403 on each);</li>
 *   <li>{@link State#PARTLY_SUSPENDED} when the role no longer allows some of its scopes
 *       ({@link #suspendedScopes}, 403) or only part of one ({@link #limitedScopes}, e.g. a
 *       developer's reports:read reads deployments only);</li>
 *   <li>{@link State#ACTIVE} otherwise, or {@link State#REVOKED}.</li>
 * </ul>
 */
public record ApiKeyStatus(ApiKey key, State state, Reason reason, String creatorName, AccountRole creatorRole,
                           Set<ApiScope> suspendedScopes, Set<ApiScope> limitedScopes) {

    public enum State { ACTIVE, PARTLY_SUSPENDED, SUSPENDED, REVOKED }

    /** Why a key is (partly) suspended. */
    public enum Reason { CREATOR_DEACTIVATED, CREATOR_REMOVED, CREATOR_ROLE }

    /** The status of a key whose creator has this standing in the key's account (null: the user is gone). */
    static ApiKeyStatus of(ApiKey key, CallerRepository.Standing creator) {
        String name = creator == null ? null : creator.displayName();
        AccountRole role = creator == null ? null : creator.role();
        Set<ApiScope> none = EnumSet.noneOf(ApiScope.class);
        if (!key.active()) {
            return new ApiKeyStatus(key, State.REVOKED, null, name, role, none, none);
        }
        if (creator == null || creator.role() == null) {
            return new ApiKeyStatus(key, State.SUSPENDED, Reason.CREATOR_REMOVED, name, null, key.scopeSet(), none);
        }
        if (!creator.enabled()) {
            return new ApiKeyStatus(key, State.SUSPENDED, Reason.CREATOR_DEACTIVATED, name, role, key.scopeSet(), none);
        }
        Set<ApiScope> suspended = EnumSet.noneOf(ApiScope.class);
        Set<ApiScope> limited = EnumSet.noneOf(ApiScope.class);
        for (ApiScope scope : key.scopeSet()) {
            if (!scope.allowedFor(role)) {
                suspended.add(scope);
            } else if (!scope.fullyAllowedFor(role)) {
                limited.add(scope);
            }
        }
        if (suspended.isEmpty() && limited.isEmpty()) {
            return new ApiKeyStatus(key, State.ACTIVE, null, name, role, none, none);
        }
        State state = suspended.containsAll(key.scopeSet()) ? State.SUSPENDED : State.PARTLY_SUSPENDED;
        return new ApiKeyStatus(key, state, Reason.CREATOR_ROLE, name, role, suspended, limited);
    }
}
