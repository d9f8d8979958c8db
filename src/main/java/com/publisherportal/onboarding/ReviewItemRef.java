package com.publisherportal.onboarding;

/**
 * A review item as features attached to it name it (its conversation): what kind, which one, the
 * account it belongs to, its title, the reviewer who has claimed it (null: nobody), and for a certification the latest decision (null before one).
 */
public record ReviewItemRef(QueueKind kind, long id, long accountId, String title, Long claimedBy,
                            CertificationReview latestReview) {

    /** Where the item's own people read it: staff on the review page, the publisher on their page. */
    public String staffLink() {
        return "staff/review/" + kind.name().toLowerCase(java.util.Locale.ROOT) + "/" + id;
    }

    public String publisherLink() {
        return switch (kind) {
            case NOMINATION -> "onboarding/nomination";
            case REGISTRATION -> "onboarding/registration";
            case CERTIFICATION, STOP_SELL -> "offers/" + id;
        };
    }
}
