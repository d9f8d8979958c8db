package com.publisherportal.subscriptions;

import com.publisherportal.subscriptions.MarketplaceApi.SubscriptionStatus;

import java.util.Set;

/** The register's filters: statuses (all when empty), one offer (any when null), free text on name, plan, id. */
public record SubscriptionFilter(Set<SubscriptionStatus> statuses, Long offerRef, String text) {

    public static final SubscriptionFilter ALL = new SubscriptionFilter(Set.of(), null, null);

    public SubscriptionFilter {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        text = text == null || text.isBlank() ? null : text.strip();
        if (text != null && text.length() > 200) {
            text = text.substring(0, 200);
        }
    }
}
