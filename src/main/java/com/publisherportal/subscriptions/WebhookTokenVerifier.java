package com.publisherportal.subscriptions;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/**
 * Checks the bearer JWT of a webhook call as the marketplace signs it: RS256 with a key of the
 * configured JWKS, the configured issuer (the marketplace's), the offer's application as audience
 * (the Entra application id of its technical configuration, else the configured audience), not
 * expired. Fails closed: without an issuer, an audience and a key set, no call is accepted. The key
 * set is fetched once and again when a token names a key it lacks (key rollover), at most every minute.
 */
@Component
class WebhookTokenVerifier {

    private final MarketplaceProperties properties;
    private final Environment environment;
    private volatile JWKSet keys;
    private volatile Instant fetchedAt = Instant.EPOCH;

    WebhookTokenVerifier(MarketplaceProperties properties, Environment environment) {
        this.properties = properties;
        this.environment = environment;
    }

    /** Whether the Authorization header carries a valid marketplace token for {@code audience}. */
    boolean verify(String authorization, String audience) {
        if (authorization == null || !authorization.startsWith("Bearer ") || properties.jwksUrl() == null
                || properties.jwksUrl().isBlank() || properties.webhookIssuer().isBlank()
                || audience == null || audience.isBlank()) {
            return false;
        }
        String token = authorization.substring("Bearer ".length()).strip();
        try {
            return process(token, keys(false), audience);
        } catch (Exception first) {
            try {
                // A key the cached set lacks: fetch it again once (rate-limited) and retry.
                JWKSet refreshed = keys(true);
                return refreshed != null && process(token, refreshed, audience);
            } catch (Exception e) {
                return false;
            }
        }
    }

    private boolean process(String token, JWKSet set, String audience) throws Exception {
        if (set == null) {
            return false;
        }
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, new ImmutableJWKSet<>(set)));
        processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(audience,
                new JWTClaimsSet.Builder().issuer(properties.webhookIssuer()).build(), Set.of("exp", "iat")));
        processor.process(token, null);
        return true;
    }

    private JWKSet keys(boolean refresh) throws Exception {
        JWKSet current = keys;
        if (current != null && !refresh) {
            return current;
        }
        synchronized (this) {
            if (keys != null && (!refresh || Duration.between(fetchedAt, Instant.now()).toSeconds() < 60)) {
                return keys;
            }
            String url = environment.resolvePlaceholders(properties.jwksUrl());
            keys = JWKSet.load(URI.create(url).toURL(), 5000, 5000, 1_000_000);
            fetchedAt = Instant.now();
            return keys;
        }
    }
}
