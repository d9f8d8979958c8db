package com.publisherportal.subscriptions;

import com.publisherportal.common.PortalException;

/** Why the landing page cannot go on with a purchase; the page shows the problem's message, never a stack trace. */
public class PurchaseException extends PortalException {

    public enum Problem {
        /** The token is missing, unknown, expired or already used (the marketplace refused to resolve it). */
        BAD_TOKEN,
        /** The token is for another offer than this landing page's. */
        OTHER_OFFER,
        /** The signed-in person is neither the purchaser nor the beneficiary. */
        NOT_THE_CUSTOMER,
        /** The purchase was activated already. */
        ALREADY_ACTIVE,
        /** The marketplace could not be reached or failed; trying again later may work. */
        MARKETPLACE_UNAVAILABLE
    }

    private final Problem problem;

    public PurchaseException(Problem problem) {
        super("subscriptions.landing.problem." + problem.name().toLowerCase().replace('_', '-'));
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
