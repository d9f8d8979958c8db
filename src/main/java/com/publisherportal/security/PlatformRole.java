package com.publisherportal.security;

/** The marketplace operator's own people. An administrator is also a staff member. */
public enum PlatformRole {
    STAFF,
    ADMIN
}
