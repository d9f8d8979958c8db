package com.publisherportal.onboarding;

import com.publisherportal.common.Translatable;

/** The marketplace's offer types (domain.md 3). */
public enum OfferType implements Translatable {
    VIRTUAL_MACHINE,
    AZURE_APPLICATION,
    SAAS,
    CONSULTING_SERVICE,
    CONTAINER,
    IOT_EDGE_MODULE,
    /** AppSource offers: Dynamics 365, Power BI, Office apps. */
    BUSINESS_APP;

    public boolean isConsulting() {
        return this == CONSULTING_SERVICE;
    }

    /** Offers that ship a disk image, with OS family and image prerequisites. */
    public boolean hasImage() {
        return this == VIRTUAL_MACHINE;
    }

    /** Offers whose listing may show videos (AppSource, consulting, SaaS). */
    public boolean allowsVideos() {
        return this == BUSINESS_APP || this == CONSULTING_SERVICE || this == SAAS;
    }

    /** Offers whose listing names industries (consulting and AppSource). */
    public boolean allowsIndustries() {
        return this == BUSINESS_APP || this == CONSULTING_SERVICE;
    }

    @Override
    public String messageKey() {
        return "offer-type." + name();
    }
}
