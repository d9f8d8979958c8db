package com.publisherportal.security;

import java.util.Arrays;
import java.util.Optional;

/** What an API key may do. Each HTTP API path requires one scope. */
public enum ApiScope {
    LEADS_READ("leads:read"),
    REPORTS_READ("reports:read"),
    ATTRIBUTION_CHECK("attribution:check");

    private final String value;

    ApiScope(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }

    public String authority() {
        return "SCOPE_" + value;
    }

    public static Optional<ApiScope> fromValue(String value) {
        return Arrays.stream(values()).filter(s -> s.value.equals(value)).findFirst();
    }
}
