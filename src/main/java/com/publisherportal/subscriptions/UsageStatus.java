package com.publisherportal.subscriptions;

/**
 * What became of a usage event: PENDING until the Metering API answered it (a transient failure
 * leaves it pending for the next attempt), then ACCEPTED, DUPLICATE (the marketplace already had an
 * event for that subscription, dimension and hour) or REJECTED with the reason.
 */
public enum UsageStatus { PENDING, ACCEPTED, DUPLICATE, REJECTED }
