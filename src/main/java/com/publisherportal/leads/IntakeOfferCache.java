package com.publisherportal.leads;

import com.publisherportal.onboarding.Offer;
import com.publisherportal.onboarding.OfferService;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The offer a lead names, through {@link OfferService#findByAddress}, remembered for a short
 * while: the same few offers are named by every lead, and a link made a little late after an
 * offer was created is harmless.
 */
@Component
class IntakeOfferCache {

    private static final int MAX_ENTRIES = 10_000;
    private static final long TTL_NANOS = 30_000_000_000L;

    private final Map<String, CachedOffer> cache = new ConcurrentHashMap<>();
    private final OfferService offers;

    IntakeOfferCache(OfferService offers) {
        this.offers = offers;
    }

    Optional<Offer> find(String publisherId, String offerId) {
        String address = publisherId + "." + offerId;
        long now = System.nanoTime();
        CachedOffer cached = cache.get(address);
        if (cached != null && now - cached.loadedAt() < TTL_NANOS) {
            return cached.offer();
        }
        Optional<Offer> offer = offers.findByAddress(publisherId, offerId);
        if (cache.size() >= MAX_ENTRIES) {
            cache.clear();
        }
        cache.put(address, new CachedOffer(offer, now));
        return offer;
    }

    private record CachedOffer(Optional<Offer> offer, long loadedAt) {
    }
}
