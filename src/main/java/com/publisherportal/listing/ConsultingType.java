package com.publisherportal.listing;

/** The kinds of consulting engagement the marketplace lists. */
public enum ConsultingType {
    ASSESSMENT("Assessment"),
    BRIEFING("Briefing"),
    IMPLEMENTATION("Implementation"),
    PROOF_OF_CONCEPT("Proof of concept"),
    WORKSHOP("Workshop");

    private final String label;

    ConsultingType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
