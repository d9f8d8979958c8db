package com.publisherportal.onboarding;

import com.publisherportal.common.Translatable;

/** Where an offer is on its way to the storefront (docs/domain.md, Offer lifecycle). */
public enum OfferStatus implements Translatable {
    DRAFT,
    SUBMITTED,
    IN_CERTIFICATION,
    ATTENTION_NEEDED,
    PREVIEW,
    LIVE,
    STOP_SELL_PENDING,
    NOT_AVAILABLE;

    /** Customers can find and buy the offer. */
    public boolean isOnStorefront() {
        return this == LIVE || this == STOP_SELL_PENDING;
    }

    /** The publisher may still change the offer before staff look at it. */
    public boolean isEditable() {
        return this == DRAFT || this == ATTENTION_NEEDED;
    }

    @Override
    public String messageKey() {
        return "offer-status." + name();
    }
}
