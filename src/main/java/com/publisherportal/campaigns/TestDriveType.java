package com.publisherportal.campaigns;

import com.publisherportal.common.Translatable;
import com.publisherportal.onboarding.OfferType;

import java.util.EnumSet;
import java.util.Set;

/** Kinds of test drive and the offers they suit (docs/domain.md, Go-to-market). */
public enum TestDriveType implements Translatable {
    /** Deployed from an ARM template: virtual-machine and Azure-application offers. */
    AZURE_RESOURCE_MANAGER,
    /** A hosted Dynamics 365 instance; a Logic App adds each customer as a user with a security role. */
    HOSTED_DYNAMICS_365,
    /** A Power BI report the customer opens from a link; nothing is deployed. */
    POWER_BI;

    /** Whether instances are kept ready for customers (hot, warm, cold): not for a report link. */
    public boolean keepsInstances() {
        return switch (this) {
            case AZURE_RESOURCE_MANAGER, HOSTED_DYNAMICS_365 -> true;
            case POWER_BI -> false;
        };
    }

    /** Whether the test drive is deployed into Azure regions the publisher picks: only from an ARM template. */
    public boolean deploysToRegions() {
        return switch (this) {
            case AZURE_RESOURCE_MANAGER -> true;
            case HOSTED_DYNAMICS_365, POWER_BI -> false;
        };
    }

    public boolean suits(OfferType type) {
        return suiting(type).contains(this);
    }

    /** The kinds of test drive an offer type may have, in declaration order; none for most types. */
    public static Set<TestDriveType> suiting(OfferType type) {
        return switch (type) {
            case VIRTUAL_MACHINE, AZURE_APPLICATION -> EnumSet.of(AZURE_RESOURCE_MANAGER);
            case BUSINESS_APP -> EnumSet.of(HOSTED_DYNAMICS_365, POWER_BI);
            case SAAS, CONSULTING_SERVICE, CONTAINER, IOT_EDGE_MODULE -> EnumSet.noneOf(TestDriveType.class);
        };
    }

    @Override
    public String messageKey() {
        return "testdrive.type." + name();
    }
}
