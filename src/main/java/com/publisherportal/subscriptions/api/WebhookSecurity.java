package com.publisherportal.subscriptions.api;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The marketplace's webhook: no session, no CSRF, no API key (the marketplace has none); the
 * controller checks the marketplace's signed bearer token on every call. Ordered before the API
 * key chain of {@code /api/**}.
 */
@Configuration
class WebhookSecurity {

    @Bean
    @Order(0)
    SecurityFilterChain saasWebhookFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/api/saas/webhook/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll());
        return http.build();
    }
}
