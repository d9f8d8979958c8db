package com.publisherportal.attribution;

import java.util.List;

/**
 * Where customers get the templates or code that carry a tracking GUID (docs/domain.md, Customer usage attribution): the
 * marketplace itself, GitHub, or another channel the publisher names.
 */
public enum DistributionChannel {
    MARKETPLACE,
    GITHUB,
    OTHER;

    /** The channels the registry suggests a GUID for, per offer. */
    public static final List<DistributionChannel> SUGGESTED = List.of(MARKETPLACE, GITHUB);
}
