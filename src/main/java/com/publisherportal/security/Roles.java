package com.publisherportal.security;

/** Role names as used by {@code @RolesAllowed} on views (without the ROLE_ prefix). */
public final class Roles {
    public static final String PUBLISHER = "PUBLISHER";
    public static final String OWNER = "OWNER";
    public static final String MANAGER = "MANAGER";
    public static final String DEVELOPER = "DEVELOPER";
    public static final String MARKETER = "MARKETER";
    public static final String FINANCIAL = "FINANCIAL";
    public static final String STAFF = "STAFF";
    public static final String ADMIN = "ADMIN";

    private Roles() {
    }
}
