package com.publisherportal.subscriptions;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * Where the marketplace's APIs are and how the portal proves who it is ({@code portal.marketplace.*}).
 * {@code accessToken} is the publisher's Entra token for the APIs (in production obtained for the
 * offer's application; the emulator accepts its own configured value). The webhook's bearer JWT
 * must come from {@code webhookIssuer} for {@code webhookAudience}, signed by a key of {@code jwksUrl}.
 */
@ConfigurationProperties("portal.marketplace")
public record MarketplaceProperties(String baseUrl, String apiVersion, String accessToken, String jwksUrl,
                                    String webhookIssuer, String webhookAudience, Duration timeout,
                                    int maxAttempts) {

    public MarketplaceProperties {
        baseUrl = baseUrl == null || baseUrl.isBlank() ? "https://marketplaceapi.microsoft.com" : stripSlash(baseUrl);
        apiVersion = apiVersion == null || apiVersion.isBlank() ? "2018-08-31" : apiVersion;
        accessToken = accessToken == null ? "" : accessToken;
        webhookIssuer = webhookIssuer == null ? "" : webhookIssuer;
        webhookAudience = webhookAudience == null ? "" : webhookAudience;
        timeout = timeout == null ? Duration.ofSeconds(10) : timeout;
        maxAttempts = maxAttempts <= 0 ? 3 : maxAttempts;
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
