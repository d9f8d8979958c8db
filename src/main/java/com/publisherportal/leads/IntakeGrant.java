package com.publisherportal.leads;

/**
 * Proof that a posted token was accepted (known, not rotated, within its rate): only
 * {@link LeadIntakeService#authorize} creates one, and storing a lead requires it, so nothing can
 * write into an inbox without that account's token.
 */
public final class IntakeGrant {

    private final long accountId;

    IntakeGrant(long accountId) {
        this.accountId = accountId;
    }

    public long accountId() {
        return accountId;
    }
}
