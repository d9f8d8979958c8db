package com.publisherportal.account;

/**
 * What a user may choose to receive by e-mail, in their profile. Each e-mail the portal sends
 * belongs to one topic; the new-lead digest is opt-in, the others are on until turned off.
 */
public enum EmailTopic {
    /** Nomination and registration decisions. */
    DECISIONS("decisions", true),
    /** Certification results, with the reviewer's report. */
    CERTIFICATION_RESULTS("certification_results", true),
    /** New messages in a review's thread. */
    MESSAGES("messages", true),
    /** The digest of new leads, at most one an hour. */
    NEW_LEADS("new_leads", false),
    /** The daily digest of leads overdue for follow-up. */
    OVERDUE_FOLLOW_UPS("overdue_follow_ups", true),
    /** SaaS subscriptions: new ones, cancellations, and metered usage the marketplace rejected. */
    SUBSCRIPTIONS("subscriptions", true);

    private final String column;
    private final boolean onByDefault;

    EmailTopic(String column, boolean onByDefault) {
        this.column = column;
        this.onByDefault = onByDefault;
    }

    /** The column of {@code email_preference} that holds the choice (a fixed name, never user input). */
    String column() {
        return column;
    }

    public boolean onByDefault() {
        return onByDefault;
    }
}
