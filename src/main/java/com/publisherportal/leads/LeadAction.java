package com.publisherportal.leads;

import java.util.Arrays;

/**
 * What the customer did on the listing, from the marketplace's {@code ActionCode} (docs/domain.md, Leads).
 * The order of {@link #weight} reflects buying intent: a purchase or a portal create above a test
 * drive above a contact request.
 */
public enum LeadAction {
    PURCHASE("INS", 35),
    PORTAL_CREATE("Create", 35),
    TEST_DRIVE("StartTestDrive", 25),
    CONTACT_ME("PLT", 15),
    DO_NOT_CONTACT("DNC", 0),
    OTHER(null, 5);

    private final String code;
    private final int weight;

    LeadAction(String code, int weight) {
        this.code = code;
        this.weight = weight;
    }

    /** The marketplace's code, e.g. {@code INS}; null for {@link #OTHER}. */
    public String code() {
        return code;
    }

    /** Points this action adds to the score (out of {@link LeadScoring#ACTION_MAX}). */
    public int weight() {
        return weight;
    }

    /** Matches the marketplace's code regardless of case; anything else or nothing is {@link #OTHER}. */
    public static LeadAction fromCode(String code) {
        if (code == null) {
            return OTHER;
        }
        String trimmed = code.trim();
        return Arrays.stream(values()).filter(a -> a.code != null && a.code.equalsIgnoreCase(trimmed))
                .findFirst().orElse(OTHER);
    }
}
