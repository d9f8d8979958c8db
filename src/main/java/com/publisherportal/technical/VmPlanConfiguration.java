package com.publisherportal.technical;

import java.util.List;

/** A virtual machine plan with its technical configuration; {@code version} guards the settings. */
public record VmPlanConfiguration(String planId, String planName, List<ImageVersion> images, VmPlanSettings settings,
                                  int version) {

    public VmPlanConfiguration {
        images = List.copyOf(images);
    }
}
