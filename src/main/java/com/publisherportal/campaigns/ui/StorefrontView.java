package com.publisherportal.campaigns.ui;

import com.publisherportal.campaigns.GoToMarketService;
import com.publisherportal.campaigns.StorefrontLeads;
import com.publisherportal.campaigns.StorefrontTracker;
import com.publisherportal.campaigns.StorefrontVisit;
import com.publisherportal.campaigns.VisitContext;
import com.publisherportal.listing.HtmlSanitizer;
import com.publisherportal.listing.ListingService;
import com.publisherportal.listing.StorefrontListing;
import com.publisherportal.listing.StorefrontListing.CallToAction;
import com.publisherportal.listing.ui.ProductPage;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import java.io.Serializable;
import java.util.Map;
import java.util.Optional;

/**
 * The public product page of a live offer at {@code /marketplace/product/{publisherId}.{offerId}},
 * readable without signing in; it shows only the live revision, anything else is 404. A visit
 * is recorded with its campaign ({@code src}, {@code mktcmpid}); calls to action are recorded
 * and, with the visitor's details and consent, become leads in the publisher's inbox.
 */
@Route(value = "marketplace/product/:address", autoLayout = false)
@AnonymousAllowed
public class StorefrontView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ListingService listings;
    private final HtmlSanitizer sanitizer;
    private final StorefrontTracker tracker;
    private final StorefrontLeads storefrontLeads;
    private final GoToMarketService goToMarket;
    private StorefrontListing listing;
    private StorefrontVisit visit;
    private String title = "";

    public StorefrontView(ListingService listings, HtmlSanitizer sanitizer, StorefrontTracker tracker,
                          StorefrontLeads storefrontLeads, GoToMarketService goToMarket) {
        this.listings = listings;
        this.sanitizer = sanitizer;
        this.tracker = tracker;
        this.storefrontLeads = storefrontLeads;
        this.goToMarket = goToMarket;
        addClassName("portal-storefront");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String address = event.getRouteParameters().get("address").orElse("");
        Optional<StorefrontListing> found = find(listings, address);
        removeAll();
        Div bar = ProductPage.storefrontBar(this);
        if (found.isEmpty()) {
            add(bar, ProductPage.notFound(this, "storefront.not-found.text"));
            title = getTranslation("storefront.not-found.heading") + " · " + getTranslation("storefront.brand");
            return;
        }
        listing = found.get();
        visit = tracker.recordVisit(listing.offer(), visitContext(address, event.getLocation().getQueryParameters()), host());
        String market = ListingService.market(event.getLocation().getQueryParameters().getSingleParameter("market").orElse(null));
        long offerId = listing.offer().id();
        add(bar, new ProductPage(listing, sanitizer, this::openAction, m -> listings.storefrontPlans(offerId, m), market));
        if (listing.testDrive()) {
            Anchor about = new Anchor("marketplace/product/" + address + "/test-drive", getTranslation("testdrive.page.link"));
            about.setId("test-drive-page-link");
            add(about);
        }
        title = listing.revision().name() + " · " + getTranslation("storefront.brand");
    }

    /** The live listing at {@code {publisherId}.{offerId}}, if there is one; the page and its 404 filter both ask here. */
    static Optional<StorefrontListing> find(ListingService listings, String address) {
        int dot = address == null ? -1 : address.indexOf('.');
        return dot <= 0 ? Optional.empty() : listings.storefront(address.substring(0, dot), address.substring(dot + 1));
    }

    /**
     * The page is built during Vaadin's init request, whose Referer is the product page itself;
     * the referrer of the page load is kept by {@link StorefrontStatusFilter} in the session.
     */
    private static String referrer(String address, VaadinRequest request) {
        VaadinSession session = VaadinSession.getCurrent();
        Object kept = session == null ? null : session.getSession().getAttribute(PageReferrer.ATTRIBUTE);
        if (kept instanceof PageReferrer page && page.address().equals(address)) {
            session.getSession().removeAttribute(PageReferrer.ATTRIBUTE);
            return page.referrer();
        }
        return request.getHeader("Referer");
    }

    /** The Referer of the last product page loaded in this session, with its address. */
    record PageReferrer(String address, String referrer) implements Serializable {
        static final String ATTRIBUTE = PageReferrer.class.getName();
    }

    static VisitContext visitContext(String address, QueryParameters query) {
        VaadinRequest request = VaadinRequest.getCurrent();
        Map<String, java.util.List<String>> params = query.getParameters();
        String src = params.getOrDefault("src", java.util.List.of()).stream().findFirst().orElse(null);
        String campaign = params.getOrDefault("mktcmpid", java.util.List.of()).stream().findFirst().orElse(null);
        if (request == null) {
            return new VisitContext(src, campaign, null, null, "unknown", "unknown");
        }
        String country = Optional.ofNullable(request.getHeader("CF-IPCountry")).orElse(request.getHeader("X-Country-Code"));
        return new VisitContext(src, campaign, referrer(address, request), country, request.getRemoteAddr(),
                request.getHeader("User-Agent"));
    }

    static String host() {
        VaadinRequest request = VaadinRequest.getCurrent();
        String host = request == null ? null : request.getHeader("Host");
        return host == null ? "" : host.replaceAll(":\\d+$", "");
    }

    /** A call to action: the details form (required or optional by action), then the record and the lead. */
    private void openAction(CallToAction action) {
        new StorefrontActionDialog(listing, visit, action, storefrontLeads, goToMarket).open();
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
