package com.publisherportal.campaigns;

import java.util.List;

/** What the storefront's test drive page shows anyone: never the access information or the kind's settings. */
public record PublicTestDrive(TestDriveType type, int durationHours, List<String> regions, String description) {

    public PublicTestDrive {
        regions = List.copyOf(regions);
    }

    static PublicTestDrive of(TestDrive drive) {
        return new PublicTestDrive(drive.type(), drive.durationHours(), drive.regions(), drive.description());
    }
}
