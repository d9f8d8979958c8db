package com.publisherportal.campaigns;

import com.publisherportal.common.Translatable;
import com.publisherportal.onboarding.OfferType;

import java.util.EnumSet;
import java.util.Set;

/** The marketplace's storefronts (docs/domain.md, Offer types), and where each offer type is listed. */
public enum Storefront implements Translatable {
    AZURE_MARKETPLACE,
    APPSOURCE;

    /**
     * Decision: business apps (Dynamics 365, Power BI, Office) are on AppSource; SaaS and consulting
     * services on both storefronts; the Azure-deployed types on Azure Marketplace.
     */
    public static Set<Storefront> of(OfferType type) {
        return switch (type) {
            case BUSINESS_APP -> EnumSet.of(APPSOURCE);
            case SAAS, CONSULTING_SERVICE -> EnumSet.of(AZURE_MARKETPLACE, APPSOURCE);
            case VIRTUAL_MACHINE, AZURE_APPLICATION, CONTAINER, IOT_EDGE_MODULE -> EnumSet.of(AZURE_MARKETPLACE);
        };
    }

    @Override
    public String messageKey() {
        return "benefits.storefront." + name();
    }
}
