package com.publisherportal.security;

import com.publisherportal.security.ui.LoginView;
import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

import java.io.IOException;

@Configuration
@EnableWebSecurity
class SecurityConfig {

    /**
     * No Micrometer observation of each security filter, authentication and authorization: with
     * Actuator present, Spring Security wraps every filter of every request in one, a few percent of
     * the portal's CPU under load (issue 20). The requests' own metrics (http.server.requests) and
     * the sign-in counters (SignInMetrics) stay.
     */
    @Bean
    static SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    /**
     * Actuator's endpoints, served on the management port only (health, info, Prometheus metrics):
     * no session, no sign-in. The port listens on 127.0.0.1 unless the operator opens it to the
     * load balancer's network.
     */
    @Bean
    @Order(-1)
    SecurityFilterChain operationsFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher(EndpointRequest.toAnyEndpoint())
                .headers(SecurityHeaders::api)
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll());
        return http.build();
    }

    /**
     * External intake (e.g. leads posted by the marketplace to a URL holding an unguessable
     * token): no session, no CSRF, no sign-in; the endpoint itself checks the token.
     */
    @Bean
    @Order(0)
    SecurityFilterChain intakeFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/intake/**")
                .headers(SecurityHeaders::api)
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll());
        return http.build();
    }

    /**
     * Operations APIs of the platform's administrators ({@code /api/admin/**}, e.g. backups):
     * stateless HTTP Basic with an administrator's e-mail and password, checked by the sign-in's
     * own provider (lockout after failures, per-address throttling). API keys belong to publisher
     * accounts, so they never reach these paths; the services check the administrator role.
     */
    @Bean
    @Order(1)
    SecurityFilterChain adminApiFilterChain(HttpSecurity http, PortalAuthenticationProvider provider) throws Exception {
        AuthenticationEntryPoint askForAdministrator = (request, response, ex) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"publisher-portal-admin\"");
            problem(response, 401, "Unauthorized", "An administrator's e-mail and password are required (HTTP Basic).");
        };
        http.securityMatcher("/api/admin/**")
                .headers(SecurityHeaders::api)
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .authenticationProvider(provider)
                .httpBasic(basic -> basic.authenticationEntryPoint(askForAdministrator))
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .exceptionHandling(e -> e
                        .authenticationEntryPoint(askForAdministrator)
                        .accessDeniedHandler((request, response, ex) ->
                                problem(response, 403, "Forbidden", "Administrators only.")));
        return http.build();
    }

    /** HTTP APIs: stateless, API key only, one scope per path, JSON problem answers. */
    @Bean
    @Order(2)
    SecurityFilterChain apiFilterChain(HttpSecurity http, ApiKeyService apiKeys) throws Exception {
        http.securityMatcher("/api/**")
                .headers(SecurityHeaders::api)
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .addFilterBefore(new ApiKeyAuthenticationFilter(apiKeys), BasicAuthenticationFilter.class)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/api/leads/**").hasAuthority(ApiScope.LEADS_READ.authority())
                        .requestMatchers("/api/reports/**").hasAuthority(ApiScope.REPORTS_READ.authority())
                        .requestMatchers("/api/attribution/**").hasAuthority(ApiScope.ATTRIBUTION_CHECK.authority())
                        .requestMatchers("/api/saas/usage/**").hasAuthority(ApiScope.USAGE_WRITE.authority())
                        .anyRequest().authenticated())
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((request, response, ex) -> {
                            response.setHeader("WWW-Authenticate", "Bearer realm=\"publisher-portal\"");
                            problem(response, 401, "Unauthorized", request.getAttribute(ApiKeyAuthenticationFilter.SUSPENDED) != null
                                    ? "This API key is suspended: its creator is no longer an active member of the account."
                                    : "A valid API key is required.");
                        })
                        .accessDeniedHandler((request, response, ex) ->
                                problem(response, 403, "Forbidden",
                                        "This API key lacks the scope this API needs, or its creator's role no longer allows it.")));
        return http.build();
    }

    /**
     * The browser UI: Vaadin's navigation access control with the portal's login view. The
     * sign-in post is CSRF-protected and same-origin only ({@link SignInProtection}), so Vaadin's
     * own CSRF configuration (which exempts it) is off.
     */
    @Bean
    @Order(3)
    SecurityFilterChain portalFilterChain(HttpSecurity http, RequestUtil vaadinRequests,
                                          @Value("${portal.public-url:}") String publicUrl) throws Exception {
        http.headers(SecurityHeaders::portal);
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/styles/**", "/images/**", "/media/**").permitAll()
                // An unknown address: Vaadin shows the portal's "not found" page (UnknownPages).
                .requestMatchers(UnknownPages::matches).authenticated());
        SignInProtection.apply(http, vaadinRequests, publicUrl);
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class, "/login?logout")
                .enableCsrfConfiguration(false));
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    static void problem(HttpServletResponse response, int status, String title, String detail) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + detail + "\"}");
    }
}
