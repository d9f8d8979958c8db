package com.publisherportal.campaigns;

/** A recorded visit, kept by the page so its calls to action carry the visit's campaign. */
public record StorefrontVisit(long id, long offerId, String visitorKey, String src, String mktcmpid) {
}
