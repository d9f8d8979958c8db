package com.publisherportal.security;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * What an API key may do. Each HTTP API path requires one scope. A key acts with its creator's
 * CURRENT rights: a scope only counts while the creator's role in the account allows at least
 * part of it ({@link #allowedFor}), and the services behind it check that role again
 * ({@link AccountAccess#requireMember}), as they do for a person.
 */
public enum ApiScope {
    /** The lead inbox: owners and managers. */
    LEADS_READ("leads:read", EnumSet.of(AccountRole.OWNER, AccountRole.MANAGER),
            EnumSet.of(AccountRole.OWNER, AccountRole.MANAGER)),
    /**
     * Reports: all of them for owners, managers and financial users; marketers read the
     * non-financial ones (customers, marketplace insights, deployments), developers deployments.
     */
    REPORTS_READ("reports:read", EnumSet.of(AccountRole.OWNER, AccountRole.MANAGER, AccountRole.FINANCIAL),
            EnumSet.allOf(AccountRole.class)),
    /** The ARM template checker: those who manage tracking GUIDs. */
    ATTRIBUTION_CHECK("attribution:check", EnumSet.of(AccountRole.OWNER, AccountRole.MANAGER, AccountRole.DEVELOPER),
            EnumSet.of(AccountRole.OWNER, AccountRole.MANAGER, AccountRole.DEVELOPER)),
    /** Metered usage of SaaS subscriptions, reported to the marketplace: those who run the service. */
    USAGE_WRITE("usage:write", EnumSet.of(AccountRole.OWNER, AccountRole.MANAGER, AccountRole.DEVELOPER),
            EnumSet.of(AccountRole.OWNER, AccountRole.MANAGER, AccountRole.DEVELOPER));

    private final String value;
    private final Set<AccountRole> fully;
    private final Set<AccountRole> partly;

    ApiScope(String value, Set<AccountRole> fully, Set<AccountRole> partly) {
        this.value = value;
        this.fully = fully;
        this.partly = partly;
    }

    public String value() {
        return value;
    }

    public String authority() {
        return "SCOPE_" + value;
    }

    /** Whether a member with this role may use at least part of the scope. */
    public boolean allowedFor(AccountRole role) {
        return role != null && partly.contains(role);
    }

    /** Whether a member with this role may use all of the scope. */
    public boolean fullyAllowedFor(AccountRole role) {
        return role != null && fully.contains(role);
    }

    public static Optional<ApiScope> fromValue(String value) {
        return Arrays.stream(values()).filter(s -> s.value.equals(value)).findFirst();
    }
}
