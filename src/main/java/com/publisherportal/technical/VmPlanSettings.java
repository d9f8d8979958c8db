package com.publisherportal.technical;

import com.publisherportal.common.ValidationException;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A virtual machine plan's recommended sizes (up to six, known ones) and open ports (each port and protocol once). */
public record VmPlanSettings(List<String> recommendedSizes, List<OpenPort> openPorts) {

    public static final VmPlanSettings EMPTY = new VmPlanSettings(List.of(), List.of());
    static final int MAX_PORTS = 50;

    public VmPlanSettings {
        recommendedSizes = List.copyOf(recommendedSizes).stream().distinct().toList();
        openPorts = List.copyOf(openPorts);
        if (recommendedSizes.size() > VmSizes.MAX_RECOMMENDED) {
            throw new ValidationException("recommendedSizes", "technical.sizes-too-many", VmSizes.MAX_RECOMMENDED);
        }
        for (String size : recommendedSizes) {
            if (!VmSizes.KNOWN.contains(size)) {
                throw new ValidationException("recommendedSizes", "technical.size-unknown", size);
            }
        }
        if (openPorts.size() > MAX_PORTS) {
            throw new ValidationException("openPorts", "technical.ports-too-many", MAX_PORTS);
        }
        Set<String> seen = new HashSet<>();
        for (OpenPort port : openPorts) {
            if (!seen.add(port.port() + "/" + port.protocol())) {
                throw new ValidationException("openPorts", "technical.port-twice", port.port(), port.protocol().name());
            }
        }
    }
}
