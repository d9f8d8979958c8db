package com.publisherportal.campaigns;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An offer's test drive: its kind, how many instances are kept ready (hot: running, warm: deployed
 * and stopped, cold: deployed on request), for how long a customer may use it, where, what the
 * kind needs ({@link TestDriveSettings}) and how to get in.
 */
public record TestDrive(long offerId, TestDriveType type, int hotInstances, int warmInstances, int coldInstances,
                        int durationHours, List<String> regions, TestDriveSettings settings, String description,
                        String accessInfo, String manualName, Instant updatedAt, int version) {

    public static final int DESCRIPTION_MAX = 3000;
    public static final int ACCESS_INFO_MAX = 10000;

    public TestDrive {
        Objects.requireNonNull(type, "type");
        if (hotInstances < 0 || warmInstances < 0 || coldInstances < 0) {
            throw new IllegalArgumentException("Instance counts are never negative");
        }
        if (durationHours < 1) {
            throw new IllegalArgumentException("A test drive lasts at least an hour");
        }
        regions = regions == null ? List.of() : List.copyOf(regions);
        settings = settings == null ? TestDriveSettings.none() : settings;
    }

    public int instances() {
        return hotInstances + warmInstances + coldInstances;
    }
}
