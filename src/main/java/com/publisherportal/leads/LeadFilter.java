package com.publisherportal.leads;

import java.time.Instant;
import java.util.Set;

/**
 * Filters of the inbox, the exports and the API; null or empty means "any". {@code from} is
 * inclusive, {@code to} exclusive, both on the arrival time.
 */
public record LeadFilter(Set<LeadStatus> statuses, LeadAction action, String source, Long offerRef, Instant from,
                         Instant to, Long assignedTo, boolean unassignedOnly, String search, FollowUp followUp,
                         boolean includeTestLeads) {

    public LeadFilter {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    }

    public static LeadFilter all() {
        return new LeadFilter(Set.of(), null, null, null, null, null, null, false, null, null, true);
    }

    public LeadFilter withStatuses(Set<LeadStatus> newStatuses) {
        return new LeadFilter(newStatuses, action, source, offerRef, from, to, assignedTo, unassignedOnly, search,
                followUp, includeTestLeads);
    }

    public LeadFilter withRange(Instant newFrom, Instant newTo) {
        return new LeadFilter(statuses, action, source, offerRef, newFrom, newTo, assignedTo, unassignedOnly, search,
                followUp, includeTestLeads);
    }

    public LeadFilter withSearch(String text) {
        return new LeadFilter(statuses, action, source, offerRef, from, to, assignedTo, unassignedOnly, text,
                followUp, includeTestLeads);
    }

    public LeadFilter withFollowUp(FollowUp state) {
        return new LeadFilter(statuses, action, source, offerRef, from, to, assignedTo, unassignedOnly, search, state,
                includeTestLeads);
    }

    public LeadFilter withoutTestLeads() {
        return new LeadFilter(statuses, action, source, offerRef, from, to, assignedTo, unassignedOnly, search,
                followUp, false);
    }
}
