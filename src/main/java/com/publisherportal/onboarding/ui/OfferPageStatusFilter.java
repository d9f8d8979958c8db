package com.publisherportal.onboarding.ui;

import com.publisherportal.common.NotFoundException;
import com.publisherportal.onboarding.OfferService;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UrlPathHelper;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The HTTP status of the first load of an offer's pages ({@code /offers/{id}} and below): 404 when
 * the signed-in user may not see the offer, exactly as for an offer that does not exist (the page
 * itself then shows the portal's "not found" page). Vaadin builds pages in a later request, so
 * the page load would otherwise answer 200.
 */
@Component
class OfferPageStatusFilter extends OncePerRequestFilter {

    private static final UrlPathHelper PATHS = new UrlPathHelper();
    private static final Pattern OFFER_PAGE = Pattern.compile("/offers/([0-9]{1,18})(/.*)?");

    private final OfferService offers;

    OfferPageStatusFilter(OfferService offers) {
        this.offers = offers;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod()) || request.getParameter("v-r") != null
                || !OFFER_PAGE.matcher(PATHS.getPathWithinApplication(request)).matches()
                || SecurityContextHolder.getContext().getAuthentication() == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Matcher m = OFFER_PAGE.matcher(PATHS.getPathWithinApplication(request));
        if (m.matches()) {
            try {
                offers.offer(Long.parseLong(m.group(1)));
            } catch (NotFoundException | AccessDeniedException e) {
                response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            } catch (RuntimeException e) {
                // Anonymous or otherwise not a signed-in portal user: the page's own checks decide.
            }
        }
        chain.doFilter(request, response);
    }
}
