package com.publisherportal.subscriptions.emulator;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/** The emulator stands for another party: its paths skip the portal's sign-in and CSRF; it checks its own bearer token. */
@Configuration
@Profile("marketplace-emulator")
class EmulatorSecurity {

    @Bean
    @Order(0)
    SecurityFilterChain marketplaceEmulatorFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher(EmulatorController.PREFIX + "/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll());
        return http.build();
    }
}
