package com.publisherportal.insights;

import java.util.Arrays;
import java.util.Optional;

/** How the marketplace licenses the offer to the customer (docs/domain.md, Insights). */
public enum MarketplaceLicenseType {
    BILLED_THROUGH_AZURE("Billed through Azure"),
    BRING_YOUR_OWN_LICENSE("Bring Your Own License"),
    FREE("Free"),
    MICROSOFT_AS_RESELLER("Microsoft as Reseller");

    private final String partnerCenterName;

    MarketplaceLicenseType(String partnerCenterName) {
        this.partnerCenterName = partnerCenterName;
    }

    public String partnerCenterName() {
        return partnerCenterName;
    }

    public String messageKey() {
        return "insights.marketplace-license." + name();
    }

    public static Optional<MarketplaceLicenseType> parse(String value) {
        return Arrays.stream(values()).filter(v -> v.name().equalsIgnoreCase(value.trim())
                || v.partnerCenterName.equalsIgnoreCase(value.trim())).findFirst();
    }
}
