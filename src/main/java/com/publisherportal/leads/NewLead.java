package com.publisherportal.leads;

import java.time.Instant;

/** A lead as intake stores it, after the rules of docs/domain.md, Leads were applied. */
record NewLead(long accountId, Long offerRef, boolean consulting, String actionCode, LeadAction action,
               String leadSource, String source, String sourceAction, String offerAddress, String offerTitle,
               String description, String firstName, String lastName, String email, String phone, String country,
               String company, String jobTitle, String searchText, boolean personalDataRemoved,
               boolean doNotContact, boolean testLead, int scoreBase, Instant receivedAt, Instant followUpDueAt,
               String dedupeKey, String idempotencyKey) {
}
