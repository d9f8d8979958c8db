package com.publisherportal.campaigns;

import java.time.Instant;
import java.util.List;

/** An offer's test drive: what customers get to try, for how long, and how to get in. */
public record TestDrive(long offerId, TestDriveType type, int hotInstances, int coldInstances, int durationHours,
                        List<String> regions, String description, String accessInfo, String manualName,
                        Instant updatedAt, int version) {

    public static final int DESCRIPTION_MAX = 3000;
    public static final int ACCESS_INFO_MAX = 10000;
}
