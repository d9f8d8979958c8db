package com.publisherportal.listing.ui;

import com.publisherportal.listing.PreviewAudienceService;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UrlPathHelper;

import java.io.IOException;

/**
 * The HTTP status of a preview link's first load (Vaadin builds the page in a later request, so
 * the load would always answer 200): 404 for a token that opens no preview, and the page still
 * served, showing "not found". The page is never cached or sent on as a Referer.
 */
@Component
class PreviewLinkStatusFilter extends OncePerRequestFilter {

    static final String PREFIX = "/preview";
    private static final UrlPathHelper PATHS = new UrlPathHelper();

    private final PreviewAudienceService audiences;

    PreviewLinkStatusFilter(PreviewAudienceService audiences) {
        this.audiences = audiences;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            return true;
        }
        String path = PATHS.getPathWithinApplication(request);
        return !(path.equals(PREFIX) || path.startsWith(PREFIX + "/")) || request.getParameter("v-r") != null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = PATHS.getPathWithinApplication(request);
        String token = path.length() > PREFIX.length() + 1 ? path.substring(PREFIX.length() + 1) : "";
        if (token.contains("/") || audiences.byToken(token, null).isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        }
        // The token is a credential: keep it out of caches and of the Referer sent to linked sites.
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Referrer-Policy", "no-referrer");
        chain.doFilter(request, response);
    }
}
