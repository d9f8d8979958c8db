package com.publisherportal.subscriptions;

/**
 * The marketplace refused a call or could not be reached. {@code status} is the HTTP status (0 when
 * no answer came); {@link #transientFailure()} says whether the same call may be tried again.
 */
public class MarketplaceException extends RuntimeException {

    private final int status;
    private final String code;

    public MarketplaceException(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    /** No answer, throttling or a server failure: the call may succeed later. */
    public boolean transientFailure() {
        return status == 0 || status == 429 || status >= 500;
    }
}
