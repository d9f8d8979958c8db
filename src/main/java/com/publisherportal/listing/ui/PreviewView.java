package com.publisherportal.listing.ui;

import com.publisherportal.common.NotFoundException;
import com.publisherportal.common.PortalException;
import com.publisherportal.common.ui.Notify;
import com.publisherportal.common.ui.TitledView;
import com.publisherportal.listing.HtmlSanitizer;
import com.publisherportal.listing.ListingService;
import com.publisherportal.security.Roles;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The listing as customers will see it, for the publisher in preview and later, and for staff at any time. */
@Route("offers/:offerId([0-9]+)/preview")
@RolesAllowed({Roles.PUBLISHER, Roles.STAFF})
public class PreviewView extends VerticalLayout implements BeforeEnterObserver, TitledView {

    private final ListingService listings;
    private final HtmlSanitizer sanitizer;

    public PreviewView(ListingService listings, HtmlSanitizer sanitizer) {
        this.listings = listings;
        this.sanitizer = sanitizer;
        addClassName("portal-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long offerId = event.getRouteParameters().getLong("offerId").orElse(-1L);
        removeAll();
        try {
            var listing = listings.preview(offerId);
            Paragraph banner = new Paragraph(getTranslation("preview.banner", listing.revision().revisionNumber()));
            banner.addClassName("portal-preview-banner");
            String market = ListingService.market(event.getLocation().getQueryParameters().getSingleParameter("market").orElse(null));
            add(banner, new ProductPage(listing, sanitizer, cta -> Notify.success("preview.cta", getTranslation("product.cta." + cta.name())),
                    m -> listings.previewPlans(offerId, m), market));
        } catch (NotFoundException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
        } catch (PortalException e) {
            add(new Paragraph(getTranslation(e.messageKey(), e.arguments())));
        }
    }

    @Override
    public String titleKey() {
        return "preview.title";
    }
}
