package com.publisherportal.onboarding;

import com.publisherportal.common.Translatable;

import java.util.EnumSet;
import java.util.Set;

import static com.publisherportal.onboarding.Prerequisite.IMAGE_BUILT;
import static com.publisherportal.onboarding.Prerequisite.LANDING_PAGE_READY;
import static com.publisherportal.onboarding.Prerequisite.OS_FAMILY;
import static com.publisherportal.onboarding.Prerequisite.PACKAGE_TESTED;
import static com.publisherportal.onboarding.Prerequisite.TEST_TOOLS_RUN;

/**
 * The marketplace's offer types (docs/domain.md, Offer types), each with what onboarding needs to know of it: the
 * technical certification prerequisites (docs/domain.md, Certification prerequisites). Every constant must name them, so a new
 * type cannot be added without deciding.
 *
 * <p>What other modules do differently per type (listing rules and calls to action, test drives,
 * tracking GUIDs, lead follow-up) is decided in those modules by an exhaustive {@code switch} over
 * this enum, with no {@code default}: adding a constant here makes the compiler list each of them.
 */
public enum OfferType implements Translatable {
    VIRTUAL_MACHINE(EnumSet.of(OS_FAMILY, IMAGE_BUILT, TEST_TOOLS_RUN)),
    AZURE_APPLICATION(EnumSet.of(PACKAGE_TESTED)),
    SAAS(EnumSet.of(LANDING_PAGE_READY)),
    CONSULTING_SERVICE(EnumSet.noneOf(Prerequisite.class)),
    CONTAINER(EnumSet.of(PACKAGE_TESTED)),
    IOT_EDGE_MODULE(EnumSet.of(PACKAGE_TESTED)),
    /** AppSource offers: Dynamics 365, Power BI, Office apps. */
    BUSINESS_APP(EnumSet.of(PACKAGE_TESTED));

    private final Set<Prerequisite> technicalPrerequisites;

    OfferType(Set<Prerequisite> technicalPrerequisites) {
        if (technicalPrerequisites.stream().anyMatch(p -> !p.technical())) {
            throw new IllegalArgumentException("Only technical prerequisites depend on the offer type");
        }
        this.technicalPrerequisites = Set.copyOf(technicalPrerequisites);
    }

    /** The technical prerequisites of this type; the non-technical ones apply to every type. */
    public Set<Prerequisite> technicalPrerequisites() {
        return technicalPrerequisites;
    }

    @Override
    public String messageKey() {
        return "offer-type." + name();
    }
}
