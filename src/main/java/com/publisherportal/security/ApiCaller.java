package com.publisherportal.security;

import java.io.Serializable;
import java.util.Set;

/** A program calling an HTTP API with an account's API key: it only ever reaches that account. */
public record ApiCaller(long keyId, String keyName, long accountId, Set<ApiScope> scopes) implements Serializable {
}
