package com.publisherportal.attribution;

import java.util.List;

/**
 * Where customers get the templates or code that carry a tracking GUID (docs/domain.md, Customer
 * usage attribution; the source document names the marketplace, the quickstart repository, public
 * GitHub repositories and customer engagements): the marketplace itself, a public repository, a
 * quickstart template, a template built for one customer engagement, or another channel the
 * publisher names. Only the marketplace channel needs an offer; a template published elsewhere
 * may belong to no marketplace offer at all.
 */
public enum DistributionChannel {
    MARKETPLACE,
    GITHUB,
    QUICKSTART_TEMPLATE,
    CUSTOMER_ENGAGEMENT,
    OTHER;

    /** The channels the registry suggests a GUID for, per offer. */
    public static final List<DistributionChannel> SUGGESTED = List.of(MARKETPLACE, GITHUB);

    /** Whether a GUID on this channel must name one of the publisher's offers. */
    public boolean needsOffer() {
        return this == MARKETPLACE;
    }
}
