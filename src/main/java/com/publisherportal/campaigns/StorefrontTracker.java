package com.publisherportal.campaigns;

import com.publisherportal.common.PublicAccess;
import com.publisherportal.common.ValidationException;
import com.publisherportal.listing.StorefrontListing.CallToAction;
import com.publisherportal.onboarding.Offer;
import com.publisherportal.security.AccountAccess;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Records storefront visits and calls to action with their campaign. Invalid campaign
 * parameters are ignored, not stored. The visitor key is an HMAC of the day, address and user
 * agent under a secret key: it counts unique visitors per day and cannot be turned back into
 * a person, and no address is stored.
 */
@Service
public class StorefrontTracker {

    /** At most this many calls to action per visitor in {@link #RATE_WINDOW}. */
    public static final int RATE_LIMIT = 10;
    public static final Duration RATE_WINDOW = Duration.ofMinutes(10);

    private final TrackingRepository repository;
    private final AccountAccess access;
    private final Clock clock;
    private final byte[] secret;

    StorefrontTracker(TrackingRepository repository, AccountAccess access, Clock clock,
                      @Value("${portal.visitor-key-secret:}") String configuredSecret) {
        this.repository = repository;
        this.access = access;
        this.clock = clock;
        if (configuredSecret == null || configuredSecret.isBlank()) {
            // Without a configured secret, keys are still unlinkable; they just restart with the portal.
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            this.secret = random;
        } else {
            this.secret = configuredSecret.getBytes(StandardCharsets.UTF_8);
        }
    }

    @Transactional
    @PublicAccess("The public storefront: records a visit.")
    public StorefrontVisit recordVisit(Offer offer, VisitContext context, String ownHost) {
        Instant now = clock.instant();
        LocalDate day = now.atZone(ZoneOffset.UTC).toLocalDate();
        String key = visitorKey(day, context.remoteAddress(), context.userAgent());
        String src = TrafficSource.lenient(context.src()).map(TrafficSource::value).orElse(null);
        String campaign = CampaignId.lenient(context.mktcmpid()).map(CampaignId::value).orElse(null);
        long id = repository.insertVisit(offer.id(), day, now, src, campaign, referralDomain(context.referrer(), ownHost),
                country(context.countryHeader()), key);
        return new StorefrontVisit(id, offer.id(), key, src, campaign);
    }

    /** Records a call to action under the visit's campaign; refused past the visitor's rate limit. */
    @Transactional
    @PublicAccess("The public storefront: records a visitor's call to action (rate-limited per visitor).")
    public long recordAction(StorefrontVisit visit, CallToAction action) {
        Instant now = clock.instant();
        if (repository.actionsSince(visit.visitorKey(), now.minus(RATE_WINDOW)) >= RATE_LIMIT) {
            throw new ValidationException("", "storefront.rate-limited");
        }
        return repository.insertAction(visit.offerId(), visit.id(), now.atZone(ZoneOffset.UTC).toLocalDate(), now,
                action.name(), visit.src(), visit.mktcmpid(), visit.visitorKey());
    }

    /** Links the lead to its call to action, and keeps the country the visitor chose if the visit had none. */
    @Transactional
    @PublicAccess("The public storefront: links a visitor's call to action to the lead it created.")
    public void linkLead(StorefrontVisit visit, long actionId, long leadId, String chosenCountry) {
        repository.linkLead(actionId, leadId);
        if (chosenCountry != null) {
            repository.setVisitCountryIfMissing(visit.id(), chosenCountry);
        }
    }

    /** The account's campaigns over a range (days inclusive), for its owners, managers and marketers. */
    @Transactional(readOnly = true)
    public List<CampaignRow> campaigns(long accountId, LocalDate from, LocalDate to) {
        access.requireMember(accountId, com.publisherportal.security.AccountRole.OWNER,
                com.publisherportal.security.AccountRole.MANAGER, com.publisherportal.security.AccountRole.MARKETER);
        return repository.campaigns(accountId, from, to);
    }

    String visitorKey(LocalDate day, String address, String userAgent) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            byte[] digest = mac.doFinal((day + "|" + address + "|" + userAgent).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String referralDomain(String referrer, String ownHost) {
        if (referrer == null || referrer.isBlank()) {
            return null;
        }
        try {
            String host = URI.create(referrer.trim()).getHost();
            if (host == null || host.equalsIgnoreCase(ownHost)) {
                return null;
            }
            host = host.toLowerCase(Locale.ROOT);
            host = host.startsWith("www.") ? host.substring(4) : host;
            return host.length() > 100 ? host.substring(0, 100) : host;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static String country(String header) {
        return Optional.ofNullable(header).map(h -> h.trim().toUpperCase(Locale.ROOT))
                .filter(h -> h.matches("[A-Z]{2}") && java.util.Set.of(Locale.getISOCountries()).contains(h)).orElse(null);
    }
}
