package com.publisherportal.leads;

import java.time.Instant;

/**
 * A lead as the inbox shows it, with its offer's and assignee's names, its score at the time of
 * reading and the state of its follow-up clock. {@code version} is for optimistic locking.
 */
public record Lead(long id, long accountId, Long offerRef, String offerName, boolean consulting, String actionCode,
                   LeadAction action, String leadSource, String source, String sourceAction, String offerAddress,
                   String offerTitle, String description, String firstName, String lastName, String email,
                   String phone, String country, String company, String jobTitle, boolean personalDataRemoved,
                   boolean doNotContact, boolean testLead, LeadStatus status, Long assignedTo, String assignedName,
                   int score, Instant receivedAt, Instant lastReceivedAt, Instant followUpDueAt, Instant handledAt,
                   int repeatCount, int version, FollowUp followUp) {

    /** First and last name as given, or empty. */
    public String name() {
        String first = firstName == null ? "" : firstName;
        String last = lastName == null ? "" : lastName;
        return (first + " " + last).trim();
    }

    /** The offer's name when linked, else the title the marketplace sent. */
    public String offerLabel() {
        return offerName != null ? offerName : offerTitle;
    }
}
