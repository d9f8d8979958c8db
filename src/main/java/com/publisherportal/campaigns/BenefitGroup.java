package com.publisherportal.campaigns;

import com.publisherportal.common.Translatable;

/** What a go-to-market benefit comes with: the listing itself, the storefront, or the offer's sales. */
public enum BenefitGroup implements Translatable {
    LISTING,
    STOREFRONT,
    SALES;

    @Override
    public String messageKey() {
        return "benefits.group." + name();
    }
}
