package com.publisherportal.security;

import java.time.Instant;

/**
 * A user's sign-in was locked after too many failed attempts: when, until when, and from which
 * client address the attempt that locked it came ("unknown" when the request did not say).
 * Published by {@link PortalAuthenticationProvider}; the notification module tells the user.
 */
public record SignInLockedOut(long userId, Long accountId, Instant lockedAt, Instant lockedUntil, String clientAddress) {
}
