package com.publisherportal.listing;

/** What other features add to a product page, e.g. whether a test drive is configured. */
public interface StorefrontExtras {
    boolean hasTestDrive(long offerId);
}
