package com.publisherportal.onboarding;

/** Published (synchronously, inside the transaction) when the publisher signs an offer off to go live. */
public record OfferWentLive(long offerId) {
}
