package com.publisherportal.security;

import java.io.Serializable;
import java.util.Set;

/**
 * A program calling an HTTP API with an account's API key: it only ever reaches that account, and
 * acts with the rights its creator has now. {@code creatorRole} is the creator's role in the
 * account when the request was authenticated (a key whose creator is no longer an active member
 * does not authenticate); {@code scopes} are the key's scopes that this role still allows.
 */
public record ApiCaller(long keyId, String keyName, long accountId, Set<ApiScope> scopes, long creatorId,
                        AccountRole creatorRole) implements Serializable {
}
