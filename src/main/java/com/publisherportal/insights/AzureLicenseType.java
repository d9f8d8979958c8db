package com.publisherportal.insights;

import java.util.Arrays;
import java.util.Optional;

/** The channel a customer buys through (docs/domain.md, Insights), with Partner Center's wording for exports. */
public enum AzureLicenseType {
    CLOUD_SOLUTION_PROVIDER("Cloud Solution Provider"),
    ENTERPRISE("Enterprise"),
    ENTERPRISE_THROUGH_RESELLER("Enterprise through Reseller"),
    PAY_AS_YOU_GO("Pay as You Go");

    private final String partnerCenterName;

    AzureLicenseType(String partnerCenterName) {
        this.partnerCenterName = partnerCenterName;
    }

    public String partnerCenterName() {
        return partnerCenterName;
    }

    public String messageKey() {
        return "insights.azure-license." + name();
    }

    /** By enum name or Partner Center name, in any case (API parameters). */
    public static Optional<AzureLicenseType> parse(String value) {
        return Arrays.stream(values()).filter(v -> v.name().equalsIgnoreCase(value.trim())
                || v.partnerCenterName.equalsIgnoreCase(value.trim())).findFirst();
    }
}
