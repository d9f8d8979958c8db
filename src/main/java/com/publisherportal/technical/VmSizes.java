package com.publisherportal.technical;

import java.util.List;

/** The Azure virtual machine sizes a plan may recommend (a current subset of the general-purpose and compute sizes). */
public final class VmSizes {

    public static final int MAX_RECOMMENDED = 6;

    public static final List<String> KNOWN = List.of(
            "Standard_B1s", "Standard_B1ms", "Standard_B2s", "Standard_B2ms", "Standard_B4ms", "Standard_B8ms",
            "Standard_D2s_v5", "Standard_D4s_v5", "Standard_D8s_v5", "Standard_D16s_v5", "Standard_D32s_v5",
            "Standard_D2as_v5", "Standard_D4as_v5", "Standard_D8as_v5",
            "Standard_E2s_v5", "Standard_E4s_v5", "Standard_E8s_v5", "Standard_E16s_v5",
            "Standard_F2s_v2", "Standard_F4s_v2", "Standard_F8s_v2", "Standard_F16s_v2",
            "Standard_NC4as_T4_v3", "Standard_NC8as_T4_v3");

    private VmSizes() {
    }
}
