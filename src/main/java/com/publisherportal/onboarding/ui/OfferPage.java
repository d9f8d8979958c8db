package com.publisherportal.onboarding.ui;

import com.publisherportal.onboarding.Offer;
import com.publisherportal.onboarding.OfferService;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import org.springframework.modulith.NamedInterface;

/**
 * A page of one offer, at a route with {@code :offerId} (the offer page, its listing editor, its
 * go-to-market page): the offer is read once per navigation and the page rendered with it, or the
 * page is a 404 when the caller may not see it; after a change the page renders again with the
 * offer as it is now.
 */
@NamedInterface("offer-route")
public abstract class OfferPage extends VerticalLayout implements BeforeEnterObserver {

    private final OfferService offers;
    private long offerId;
    private com.vaadin.flow.router.Location location;

    protected OfferPage(OfferService offers, String id) {
        this.offers = offers;
        addClassName("portal-page");
        setId(id);
    }

    @Override
    public final void beforeEnter(BeforeEnterEvent event) {
        location = event.getLocation();
        OfferRoute.offer(event, offers).ifPresent(offer -> {
            offerId = offer.id();
            show(offer);
        });
    }

    /** Where the page was opened, with its query parameters. */
    protected com.vaadin.flow.router.Location location() {
        return location;
    }

    /** The id of the offer on the page. */
    protected long offerId() {
        return offerId;
    }

    /** Renders the page again after a change, with the offer as it is now. */
    protected void render() {
        show(offers.offer(offerId));
    }

    private void show(Offer offer) {
        render(offer);
        addComponentAsFirst(breadcrumb(offer));
    }

    /**
     * Where the page is: Offers › the offer › this page (the offer's own page ends at its name).
     * The side navigation highlights "Offers" on all of them.
     */
    private com.vaadin.flow.component.Component breadcrumb(Offer offer) {
        com.vaadin.flow.component.html.Nav nav = new com.vaadin.flow.component.html.Nav();
        nav.addClassName("portal-breadcrumb");
        nav.setId("breadcrumb");
        nav.getElement().setAttribute("aria-label", getTranslation("breadcrumb.label"));
        nav.add(new com.vaadin.flow.component.html.Anchor("offers", getTranslation("nav.offers")));
        String page = this instanceof OfferView || !(this instanceof com.publisherportal.common.ui.TitledView titled)
                ? null : getTranslation(titled.titleKey());
        nav.add(separator());
        if (page == null) {
            com.vaadin.flow.component.html.Span name = new com.vaadin.flow.component.html.Span(offer.name());
            name.getElement().setAttribute("aria-current", "page");
            nav.add(name);
        } else {
            nav.add(new com.vaadin.flow.component.html.Anchor("offers/" + offer.id(), offer.name()));
            nav.add(separator());
            com.vaadin.flow.component.html.Span current = new com.vaadin.flow.component.html.Span(page);
            current.getElement().setAttribute("aria-current", "page");
            nav.add(current);
        }
        return nav;
    }

    private static com.vaadin.flow.component.html.Span separator() {
        com.vaadin.flow.component.html.Span separator = new com.vaadin.flow.component.html.Span("›");
        separator.addClassName("portal-breadcrumb-separator");
        separator.getElement().setAttribute("aria-hidden", "true");
        return separator;
    }

    /** Renders the whole page for the offer (the page is empty when this is called). */
    protected abstract void render(Offer offer);
}
