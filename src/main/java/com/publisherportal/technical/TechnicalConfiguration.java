package com.publisherportal.technical;

import com.publisherportal.onboarding.OfferType;

import java.util.List;
import java.util.Optional;

/**
 * An offer's technical configuration as the page shows it: the part its type uses (the others
 * stay empty), with the version that guards a save.
 */
public record TechnicalConfiguration(long offerId, OfferType offerType, SaasSettings saas, ContainerImage containerImage,
                                     Optional<AppPackage> appPackage, List<VmPlanConfiguration> vmPlans, int version) {

    public TechnicalConfiguration {
        vmPlans = List.copyOf(vmPlans);
    }

    /** What the technical configuration page shows for a type. */
    public enum Kind {
        SAAS, VIRTUAL_MACHINE, AZURE_APPLICATION, CONTAINER_IMAGE, NOTHING
    }

    public static Kind kindOf(OfferType type) {
        return switch (type) {
            case SAAS -> Kind.SAAS;
            case VIRTUAL_MACHINE -> Kind.VIRTUAL_MACHINE;
            case AZURE_APPLICATION -> Kind.AZURE_APPLICATION;
            case CONTAINER, IOT_EDGE_MODULE -> Kind.CONTAINER_IMAGE;
            case CONSULTING_SERVICE, BUSINESS_APP -> Kind.NOTHING;
        };
    }

    public Kind kind() {
        return kindOf(offerType);
    }
}
