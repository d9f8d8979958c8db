package com.publisherportal.security;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** A named API key of a publisher account; only a hash of its secret is stored. */
@Table
public record ApiKey(@Id Long id, long accountId, String name, String keyId, String secretHash, String scopes,
                     long createdBy, Instant createdAt, Instant lastUsedAt, Instant revokedAt,
                     @Version Integer version) {

    public Set<ApiScope> scopeSet() {
        Set<ApiScope> set = EnumSet.noneOf(ApiScope.class);
        Arrays.stream(scopes.split(",")).map(String::trim).map(ApiScope::fromValue)
                .forEach(s -> s.ifPresent(set::add));
        return set;
    }

    /** A new key with a known secret, of which only the hash is kept (the demo data's keys, and every created key). */
    public static ApiKey withSecret(long accountId, String name, String keyId, String secret, Set<ApiScope> scopes,
                                    long createdBy, Instant createdAt) {
        return new ApiKey(null, accountId, name, keyId, ApiKeyService.hash(secret), joinScopes(scopes), createdBy,
                createdAt, null, null, null);
    }

    public static String joinScopes(Set<ApiScope> scopes) {
        return scopes.stream().sorted().map(ApiScope::value).collect(Collectors.joining(","));
    }

    public boolean active() {
        return revokedAt == null;
    }

    public ApiKey revoked(Instant at) {
        return new ApiKey(id, accountId, name, keyId, secretHash, scopes, createdBy, createdAt, lastUsedAt, at, version);
    }
}
