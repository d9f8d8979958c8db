package com.publisherportal.leads;

/** The token is over its rate: the marketplace should retry after {@code retryAfterSeconds}. */
public class IntakeRejectedException extends RuntimeException {

    private final long retryAfterSeconds;

    public IntakeRejectedException(long retryAfterSeconds) {
        super("Rate limit exceeded; retry after " + retryAfterSeconds + " s");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
