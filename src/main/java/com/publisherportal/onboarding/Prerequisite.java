package com.publisherportal.onboarding;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Certification prerequisites of an offer (domain.md 2.3); which apply depends on the offer type. */
public enum Prerequisite {
    // Technical
    OS_FAMILY(true, EnumSet.of(OfferType.VIRTUAL_MACHINE)),
    IMAGE_BUILT(true, EnumSet.of(OfferType.VIRTUAL_MACHINE)),
    TEST_TOOLS_RUN(true, EnumSet.of(OfferType.VIRTUAL_MACHINE)),
    PACKAGE_TESTED(true, EnumSet.of(OfferType.AZURE_APPLICATION, OfferType.CONTAINER, OfferType.IOT_EDGE_MODULE,
            OfferType.BUSINESS_APP)),
    LANDING_PAGE_READY(true, EnumSet.of(OfferType.SAAS)),
    // Non-technical, for every offer
    PLATFORM_RELATION(false, EnumSet.allOf(OfferType.class)),
    SUPPORTED_COUNTRY(false, EnumSet.allOf(OfferType.class)),
    BILLING_MODEL(false, EnumSet.allOf(OfferType.class)),
    SUPPORT_OFFERED(false, EnumSet.allOf(OfferType.class)),
    THIRD_PARTY_LICENCES(false, EnumSet.allOf(OfferType.class)),
    CONTENT_RULES(false, EnumSet.allOf(OfferType.class)),
    AGREEMENTS_ACCEPTED(false, EnumSet.allOf(OfferType.class));

    private final boolean technical;
    private final Set<OfferType> types;

    Prerequisite(boolean technical, Set<OfferType> types) {
        this.technical = technical;
        this.types = types;
    }

    public boolean technical() {
        return technical;
    }

    public boolean appliesTo(OfferType type) {
        return types.contains(type);
    }

    public static List<Prerequisite> forType(OfferType type) {
        return Arrays.stream(values()).filter(p -> p.appliesTo(type)).toList();
    }
}
