package com.publisherportal.leads;

/**
 * Proof that a posted token was accepted (known, not rotated, within its rate): only
 * {@link LeadIntakeService#authorize} creates one (and {@link IntakeTokenService} for demo data),
 * and storing a lead requires it, so nothing can write into an inbox without that account's token.
 */
public final class IntakeGrant {

    private final long accountId;
    private final String token;

    IntakeGrant(long accountId, String token) {
        this.accountId = accountId;
        this.token = token;
    }

    public long accountId() {
        return accountId;
    }

    /** The token as posted: the lead's insert checks it again, so a rotation racing with a post wins. */
    String token() {
        return token;
    }
}
