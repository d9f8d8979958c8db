package com.publisherportal.campaigns;

/**
 * What a storefront request tells about a visit. The address and user agent only feed the
 * daily visitor key; they are never stored.
 */
public record VisitContext(String src, String mktcmpid, String referrer, String countryHeader, String remoteAddress,
                           String userAgent) {
}
