package com.publisherportal.campaigns.ui;

import com.publisherportal.campaigns.GoToMarketService;
import com.publisherportal.campaigns.PublicTestDrive;
import com.publisherportal.campaigns.StorefrontLeads;
import com.publisherportal.campaigns.StorefrontTracker;
import com.publisherportal.campaigns.StorefrontVisit;
import com.publisherportal.common.ui.PortalButton;
import com.publisherportal.listing.ListingService;
import com.publisherportal.listing.StorefrontListing;
import com.publisherportal.listing.ui.ProductPage;
import com.publisherportal.listing.StorefrontListing.CallToAction;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import java.util.Optional;

/**
 * The public page of a live offer's test drive at {@code /marketplace/product/{publisherId}.{offerId}/test-drive}:
 * what kind of test drive it is, how long it lasts, where, the publisher's description (as text),
 * and a button that asks for the visitor's details and files the same StartTestDrive lead as the
 * product page's "Test drive". An offer that is not live or has no test drive is 404
 * ({@link StorefrontStatusFilter}). The visit counts as a storefront visit of the offer, so the
 * lead carries the campaign of the link that brought the visitor.
 */
@Route(value = "marketplace/product/:address/test-drive", autoLayout = false)
@AnonymousAllowed
public class TestDrivePageView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String SUFFIX = "/test-drive";

    private final ListingService listings;
    private final StorefrontTracker tracker;
    private final StorefrontLeads storefrontLeads;
    private final GoToMarketService goToMarket;
    private String title = "";

    public TestDrivePageView(ListingService listings, StorefrontTracker tracker, StorefrontLeads storefrontLeads,
                             GoToMarketService goToMarket) {
        this.listings = listings;
        this.tracker = tracker;
        this.storefrontLeads = storefrontLeads;
        this.goToMarket = goToMarket;
        addClassName("portal-storefront");
    }

    /** The live listing and its test drive at {@code {publisherId}.{offerId}}; the page and its 404 filter both ask here. */
    static Optional<Found> find(ListingService listings, GoToMarketService goToMarket, String address) {
        return StorefrontView.find(listings, address).filter(StorefrontListing::testDrive)
                .flatMap(l -> goToMarket.publicTestDrive(l.offer().id()).map(d -> new Found(l, d)));
    }

    record Found(StorefrontListing listing, PublicTestDrive drive) {
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String address = event.getRouteParameters().get("address").orElse("");
        Optional<Found> found = find(listings, goToMarket, address);
        removeAll();
        Div bar = ProductPage.storefrontBar(this);
        if (found.isEmpty()) {
            add(bar, ProductPage.notFound(this, "storefront.not-found.text"));
            title = getTranslation("storefront.not-found.heading") + " · " + getTranslation("storefront.brand");
            return;
        }
        StorefrontListing listing = found.get().listing();
        PublicTestDrive drive = found.get().drive();
        StorefrontVisit visit = tracker.recordVisit(listing.offer(),
                StorefrontView.visitContext(address + SUFFIX, event.getLocation().getQueryParameters()), StorefrontView.host());
        String name = listing.revision().name();
        H2 heading = new H2(getTranslation("testdrive.page.heading", name));
        heading.setId("test-drive-heading");
        Paragraph kind = new Paragraph(getTranslation("testdrive.page.kind", getTranslation("testdrive.type." + drive.type().name())));
        kind.setId("test-drive-kind");
        Paragraph about = new Paragraph(getTranslation("testdrive.kind.public." + drive.type().name()));
        Paragraph duration = new Paragraph(getTranslation("testdrive.page.duration", drive.durationHours()));
        duration.setId("test-drive-duration");
        // The publisher's text: set as text, line breaks kept by CSS, never as markup.
        Paragraph description = new Paragraph(drive.description());
        description.setId("test-drive-description");
        description.getStyle().set("white-space", "pre-line");
        Div body = new Div(heading, kind, about, duration);
        if (!drive.regions().isEmpty()) {
            Paragraph regions = new Paragraph(getTranslation("testdrive.page.regions", String.join(", ", drive.regions())));
            regions.setId("test-drive-regions");
            body.add(regions);
        }
        Button request = new PortalButton(getTranslation("testdrive.page.request"),
                e -> new StorefrontActionDialog(listing, visit, CallToAction.TEST_DRIVE, storefrontLeads, goToMarket).open());
        request.setId("test-drive-request");
        request.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Anchor back = new Anchor("marketplace/product/" + address, getTranslation("testdrive.page.back", name));
        back.setId("test-drive-back");
        body.add(description, request, new Paragraph(back));
        body.addClassName("portal-page");
        add(bar, body);
        title = getTranslation("testdrive.page.title", name) + " · " + getTranslation("storefront.brand");
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
