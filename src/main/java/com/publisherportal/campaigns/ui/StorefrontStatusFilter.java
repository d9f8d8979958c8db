package com.publisherportal.campaigns.ui;

import com.publisherportal.campaigns.GoToMarketService;
import com.publisherportal.listing.ListingService;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UrlPathHelper;

import java.io.IOException;

/**
 * The HTTP status of a product page's first load. Vaadin builds the page in its later init
 * request (eager server load stays off: it wrote the UI state, user text included, into an
 * inline script), so the page load itself would always answer 200. This filter answers 404
 * for an address under {@code /marketplace/product/} that is not a live offer (or, for its
 * {@code /test-drive} page, a live offer without a test drive), and still lets
 * Vaadin serve its page (which shows "not found"); for a live offer it keeps the page's
 * Referer for the visit, since the init request's Referer is the page itself.
 */
@Component
class StorefrontStatusFilter extends OncePerRequestFilter {

    static final String PREFIX = "/marketplace/product";

    private static final UrlPathHelper PATHS = new UrlPathHelper();

    private final ListingService listings;
    private final GoToMarketService goToMarket;

    StorefrontStatusFilter(ListingService listings, GoToMarketService goToMarket) {
        this.listings = listings;
        this.goToMarket = goToMarket;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            return true;
        }
        String path = PATHS.getPathWithinApplication(request);
        // Vaadin's own requests (init, UIDL, heartbeat) carry v-r; only the page load is checked.
        return !(path.equals(PREFIX) || path.startsWith(PREFIX + "/")) || request.getParameter("v-r") != null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = PATHS.getPathWithinApplication(request);
        String address = path.length() > PREFIX.length() + 1 ? path.substring(PREFIX.length() + 1) : "";
        boolean live;
        if (address.endsWith(TestDrivePageView.SUFFIX)) {
            // The test drive's own page: the offer is live and has a test drive.
            String offer = address.substring(0, address.length() - TestDrivePageView.SUFFIX.length());
            live = !offer.contains("/") && TestDrivePageView.find(listings, goToMarket, offer).isPresent();
        } else {
            live = !address.contains("/") && StorefrontView.find(listings, address).isPresent();
        }
        if (!live) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        } else {
            String referrer = request.getHeader("Referer");
            if (referrer != null) {
                request.getSession().setAttribute(StorefrontView.PageReferrer.ATTRIBUTE,
                        new StorefrontView.PageReferrer(address, referrer));
            } else {
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.removeAttribute(StorefrontView.PageReferrer.ATTRIBUTE);
                }
            }
        }
        chain.doFilter(request, response);
    }
}
