package com.publisherportal.plans;

/** A market as the staff edit it: the market and the version they loaded (optimistic locking). */
public record StaffMarket(Market market, int version) {
}
