package com.publisherportal.onboarding;

import com.publisherportal.common.ConflictException;

import java.util.function.LongFunction;

/** The rule every review follows: only the reviewer who claimed an item decides it. */
final class Claims {

    private Claims() {
    }

    static void requireClaimant(Long claimedBy, long caller, LongFunction<String> nameOf) {
        if (claimedBy == null) {
            throw new ConflictException("review.claim-first");
        }
        if (claimedBy != caller) {
            throw new ConflictException("review.claimed-by-other", nameOf.apply(claimedBy));
        }
    }

    /** The claimant gives an item back; an administrator may take it from anyone. */
    static void requireClaimantOrAdmin(Long claimedBy, long caller, boolean admin, LongFunction<String> nameOf) {
        if (claimedBy == null) {
            throw new ConflictException("review.not-claimed");
        }
        if (!admin) {
            requireClaimant(claimedBy, caller, nameOf);
        }
    }
}
