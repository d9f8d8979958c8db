package com.publisherportal.campaigns;

import java.util.List;

/** Regions a test drive can run in. */
public final class AzureRegions {

    public static final List<String> ALL = List.of("eastus", "eastus2", "westus2", "westus3", "centralus",
            "northeurope", "westeurope", "francecentral", "germanywestcentral", "uksouth", "swedencentral",
            "switzerlandnorth", "australiaeast", "japaneast", "southeastasia", "canadacentral", "brazilsouth",
            "centralindia");

    private AzureRegions() {
    }
}
