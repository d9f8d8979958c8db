package com.publisherportal.common;

/**
 * The caller must wait before trying again: either it asked too often ({@link #tooManyRequests},
 * HTTP 429) or the portal is already doing as many of these as it allows at once ({@link #atCapacity},
 * HTTP 503). Both say how long to wait (HTTP {@code Retry-After}).
 */
public class BusyException extends PortalException {

    private final long retryAfterSeconds;
    private final boolean callerLimited;

    private BusyException(String messageKey, long retryAfterSeconds, boolean callerLimited) {
        super(messageKey, retryAfterSeconds);
        if (retryAfterSeconds < 1) {
            throw new IllegalArgumentException("A wait is at least one second");
        }
        this.retryAfterSeconds = retryAfterSeconds;
        this.callerLimited = callerLimited;
    }

    /** The caller's own rate is used up. */
    public static BusyException tooManyRequests(long retryAfterSeconds) {
        return new BusyException("busy.too-many-requests", retryAfterSeconds, true);
    }

    /** Everyone's share is in use: no caller did anything wrong. */
    public static BusyException atCapacity(long retryAfterSeconds) {
        return new BusyException("busy.at-capacity", retryAfterSeconds, false);
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    /** HTTP 429 when the caller's rate is used up, 503 when the portal is at capacity. */
    public int httpStatus() {
        return callerLimited ? 429 : 503;
    }
}
