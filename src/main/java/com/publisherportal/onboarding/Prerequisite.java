package com.publisherportal.onboarding;

import java.util.Arrays;
import java.util.List;

/**
 * Certification prerequisites of an offer (docs/domain.md, Certification prerequisites). The non-technical ones apply to every
 * offer; which technical ones apply is said by each {@link OfferType}.
 */
public enum Prerequisite {
    // Technical
    OS_FAMILY(true),
    IMAGE_BUILT(true),
    TEST_TOOLS_RUN(true),
    PACKAGE_TESTED(true),
    LANDING_PAGE_READY(true),
    // Non-technical, for every offer
    PLATFORM_RELATION(false),
    SUPPORTED_COUNTRY(false),
    BILLING_MODEL(false),
    SUPPORT_OFFERED(false),
    THIRD_PARTY_LICENCES(false),
    CONTENT_RULES(false),
    AGREEMENTS_ACCEPTED(false);

    private final boolean technical;

    Prerequisite(boolean technical) {
        this.technical = technical;
    }

    public boolean technical() {
        return technical;
    }

    public boolean appliesTo(OfferType type) {
        return !technical || type.technicalPrerequisites().contains(this);
    }

    /** The prerequisites of an offer type, in checklist order. */
    public static List<Prerequisite> forType(OfferType type) {
        return Arrays.stream(values()).filter(p -> p.appliesTo(type)).toList();
    }
}
