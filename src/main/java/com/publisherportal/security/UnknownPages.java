package com.publisherportal.security;

import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UrlPathHelper;

import java.io.IOException;
import java.util.List;

/**
 * The first load of a page at an address no view answers. Vaadin's request security would refuse
 * it with a bare 403; {@link SecurityConfig} lets a signed-in user through (an anonymous one signs
 * in first) so Vaadin serves its page, which shows the portal's own "not found" view, and this
 * filter answers the load with 404 (Vaadin builds the page in a later request, so the load itself
 * would answer 200).
 */
@Component
class UnknownPages extends OncePerRequestFilter {

    private static final UrlPathHelper PATHS = new UrlPathHelper();
    /** Addresses served by something other than a Vaadin view. */
    private static final List<String> NOT_VIEWS = List.of("/VAADIN/", "/api/", "/intake/", "/media/", "/styles/",
            "/images/", "/icons/", "/actuator", "/login", "/logout", "/error", "/HEARTBEAT", "/frontend/");

    /** A browser's page load (not Vaadin's own requests, not files) of an address no view answers. */
    static boolean matches(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) || request.getParameter("v-r") != null) {
            return false;
        }
        String accept = request.getHeader("Accept");
        String path = PATHS.getPathWithinApplication(request);
        String last = path.substring(path.lastIndexOf('/') + 1);
        if (accept == null || !accept.contains("text/html") || last.contains(".")
                || NOT_VIEWS.stream().anyMatch(path::startsWith)) {
            return false;
        }
        String route = path.startsWith("/") ? path.substring(1) : path;
        return ApplicationRouteRegistry.getInstance(new VaadinServletContext(request.getServletContext()))
                .getNavigationTarget(route).isEmpty();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        chain.doFilter(request, response);
    }
}
