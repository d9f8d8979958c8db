package com.publisherportal.leads;

import com.publisherportal.account.Member;

import java.util.List;
import java.util.Objects;

/**
 * A lead as its dialog shows it, read together: the lead, its score with the reason for each
 * part, its notes (newest first) and the account's users it can be assigned to.
 */
public record LeadDetail(Lead lead, LeadScoring.Score score, List<LeadNote> notes, List<Member> assignees) {

    public LeadDetail {
        Objects.requireNonNull(lead, "lead");
        Objects.requireNonNull(score, "score");
        notes = List.copyOf(notes);
        assignees = List.copyOf(assignees);
    }
}
