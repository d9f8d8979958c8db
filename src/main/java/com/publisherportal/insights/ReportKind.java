package com.publisherportal.insights;

import com.publisherportal.security.AccountRole;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The downloadable reports, their API path segment and who may read them: orders and usage
 * carry revenue (OWNER, MANAGER, FINANCIAL); customers, marketplace insights and deployments are
 * non-financial and open to MARKETER too (personal data stays OWNER-only, see CustomerRow).
 */
public enum ReportKind {
    ORDERS("orders", EnumSet.of(AccountRole.OWNER, AccountRole.MANAGER, AccountRole.FINANCIAL)),
    USAGE("usage", EnumSet.of(AccountRole.OWNER, AccountRole.MANAGER, AccountRole.FINANCIAL)),
    CUSTOMERS("customers", EnumSet.of(AccountRole.OWNER, AccountRole.MANAGER, AccountRole.FINANCIAL, AccountRole.MARKETER)),
    INSIGHTS("insights", EnumSet.of(AccountRole.OWNER, AccountRole.MANAGER, AccountRole.FINANCIAL, AccountRole.MARKETER)),
    DEPLOYMENTS("deployments", EnumSet.of(AccountRole.OWNER, AccountRole.MANAGER, AccountRole.FINANCIAL,
            AccountRole.MARKETER, AccountRole.DEVELOPER));

    private final String path;
    private final Set<AccountRole> roles;

    ReportKind(String path, Set<AccountRole> roles) {
        this.path = path;
        this.roles = roles;
    }

    public String path() {
        return path;
    }

    public AccountRole[] roles() {
        return roles.toArray(AccountRole[]::new);
    }

    public boolean allows(AccountRole role) {
        return roles.contains(role);
    }

    public static Optional<ReportKind> fromPath(String value) {
        return Arrays.stream(values()).filter(k -> k.path.equals(value.toLowerCase(Locale.ROOT))).findFirst();
    }
}
