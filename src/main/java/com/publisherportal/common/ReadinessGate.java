package com.publisherportal.common;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Until the portal is ready (migrations run, the demo data written where enabled: Spring Boot's
 * readiness turns to ACCEPTING_TRAFFIC only after the start-up runners), every page and API on the
 * web port answers 503 with {@code Retry-After}, so nobody sees a half-seeded portal (a 404 for a
 * product page that is about to exist). A load balancer reads the same state from
 * {@code /actuator/health/readiness} on the management port, which this filter does not guard.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ReadinessGate extends OncePerRequestFilter {

    private final ApplicationAvailability availability;

    ReadinessGate(ApplicationAvailability availability) {
        this.availability = availability;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", "5");
        response.setHeader("Cache-Control", "no-store");
        response.setCharacterEncoding("UTF-8");
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/") || path.startsWith("/intake/")) {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Service Unavailable\",\"status\":503,"
                    + "\"detail\":\"The portal is starting; try again in a few seconds.\"}");
        } else {
            // No template engine and no translations are ready yet: one short page in both languages.
            response.setContentType(MediaType.TEXT_HTML_VALUE);
            response.getWriter().write("<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
                    + "<meta http-equiv=\"refresh\" content=\"5\"><title>Publisher Portal</title></head><body>"
                    + "<p lang=\"en\">The portal is starting. This page will reload in a few seconds.</p>"
                    + "<p lang=\"fr\">Le portail démarre. Cette page se rechargera dans quelques secondes.</p>"
                    + "</body></html>");
        }
    }
}
