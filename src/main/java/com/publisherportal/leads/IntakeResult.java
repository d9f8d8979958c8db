package com.publisherportal.leads;

/** What intake did with a posted lead: a new lead, or a repeat counted on an existing one. */
public record IntakeResult(long leadId, boolean created, int repeatCount) {
}
