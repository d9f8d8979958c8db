package com.publisherportal.campaigns.ui;

import com.publisherportal.listing.HtmlSanitizer;
import com.publisherportal.listing.ListingService;
import com.publisherportal.listing.StorefrontListing;
import com.publisherportal.listing.ui.ProductPage;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import java.util.Optional;

/**
 * The public product page of a live offer at {@code /marketplace/product/{publisherId}.{offerId}},
 * readable without signing in. It shows only the live revision; anything else is 404.
 */
@Route(value = "marketplace/product/:address", autoLayout = false)
@AnonymousAllowed
public class StorefrontView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ListingService listings;
    private final HtmlSanitizer sanitizer;
    private String title = "";

    public StorefrontView(ListingService listings, HtmlSanitizer sanitizer) {
        this.listings = listings;
        this.sanitizer = sanitizer;
        addClassName("portal-storefront");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String address = event.getRouteParameters().get("address").orElse("");
        int dot = address.indexOf('.');
        Optional<StorefrontListing> listing = dot <= 0 ? Optional.empty()
                : listings.storefront(address.substring(0, dot), address.substring(dot + 1));
        if (listing.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        Anchor brand = new Anchor("", new Image("images/logo.svg", ""), new Span(getTranslation("storefront.brand")));
        brand.addClassName("portal-brand");
        Div bar = new Div(brand);
        bar.addClassName("portal-storefront-bar");
        add(bar, new ProductPage(listing.get(), sanitizer, this::onCallToAction));
        title = listing.get().revision().name() + " · " + getTranslation("storefront.brand");
    }

    /** The calls to action are recorded and turned into leads by the go-to-market feature. */
    protected void onCallToAction(StorefrontListing.CallToAction action) {
        com.publisherportal.common.ui.Notify.success("storefront.cta.thanks");
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
