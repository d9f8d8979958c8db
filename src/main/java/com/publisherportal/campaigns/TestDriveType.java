package com.publisherportal.campaigns;

import com.publisherportal.common.Translatable;
import com.publisherportal.onboarding.OfferType;

/** Kinds of test drive and the offers they suit (domain.md 9). */
public enum TestDriveType implements Translatable {
    /** Deployed from an ARM template: virtual-machine and Azure-application offers. */
    AZURE_RESOURCE_MANAGER,
    HOSTED_DYNAMICS_365,
    POWER_BI;

    public boolean suits(OfferType type) {
        return switch (this) {
            case AZURE_RESOURCE_MANAGER -> type == OfferType.VIRTUAL_MACHINE || type == OfferType.AZURE_APPLICATION;
            case HOSTED_DYNAMICS_365, POWER_BI -> type == OfferType.BUSINESS_APP;
        };
    }

    @Override
    public String messageKey() {
        return "testdrive.type." + name();
    }
}
