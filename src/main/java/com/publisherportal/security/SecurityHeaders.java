package com.publisherportal.security;

import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The response headers of {@link SecurityConfig}'s filter chains, on top of Spring Security's
 * defaults: a Content-Security-Policy, a Referrer-Policy and a Permissions-Policy on every answer.
 */
final class SecurityHeaders {

    /** JSON answers load nothing and are never framed. */
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

    /** Browser features the portal never uses are off, for it and anything it embeds; copying to the clipboard stays. */
    static final String PERMISSIONS_POLICY = "accelerometer=(), autoplay=(), camera=(), clipboard-read=(), "
            + "clipboard-write=(self), display-capture=(), encrypted-media=(), fullscreen=(), geolocation=(), "
            + "gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), picture-in-picture=(), "
            + "publickey-credentials-get=(), screen-wake-lock=(), serial=(), usb=(), xr-spatial-tracking=()";

    private SecurityHeaders() {
    }

    /** The browser UI: the {@link ContentSecurityPolicy} with its per-request nonce, written before the page. */
    static void portal(HeadersConfigurer<HttpSecurity> headers) {
        common(headers).addHeaderWriter(new ContentSecurityPolicy())
                // Vaadin answers through a servlet forward, which Tomcat 11 ends without the on-commit callback
                // that writes the headers lazily (spring-security#19457): its pages would go out without any.
                .withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <F extends HeaderWriterFilter> F postProcess(F filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                });
    }

    /** The intake and the APIs. */
    static void api(HeadersConfigurer<HttpSecurity> headers) {
        common(headers).contentSecurityPolicy(csp -> csp.policyDirectives(API_POLICY));
    }

    private static HeadersConfigurer<HttpSecurity> common(HeadersConfigurer<HttpSecurity> headers) {
        return headers.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY));
    }
}
