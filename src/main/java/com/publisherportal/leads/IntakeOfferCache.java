package com.publisherportal.leads;

import com.github.benmanes.caffeine.cache.Cache;
import com.publisherportal.common.ExpiringCaches;
import com.publisherportal.onboarding.Offer;
import com.publisherportal.onboarding.OfferService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * The offer a lead names, through {@link OfferService#findByAddress}, remembered for a short
 * while: the same few offers are named by every lead, and a link made a little late after an
 * offer was created or changed (on this node or another) is harmless. Bounded
 * ({@code portal.leads.intake.offer-cache.max-size}) and expiring ({@code .ttl}, 5 s).
 */
@Component
class IntakeOfferCache {

    private final Cache<String, Optional<Offer>> cache;
    private final OfferService offers;

    IntakeOfferCache(OfferService offers,
                     @Value("${portal.leads.intake.offer-cache.max-size:10000}") long maxSize,
                     @Value("${portal.leads.intake.offer-cache.ttl:PT5S}") Duration ttl, Clock clock) {
        this.offers = offers;
        this.cache = ExpiringCaches.create(maxSize, ttl, clock);
    }

    Optional<Offer> find(String publisherId, String offerId) {
        return cache.get(publisherId + "." + offerId, address -> offers.findByAddress(publisherId, offerId));
    }
}
