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

    protected OfferPage(OfferService offers, String id) {
        this.offers = offers;
        addClassName("portal-page");
        setId(id);
    }

    @Override
    public final void beforeEnter(BeforeEnterEvent event) {
        OfferRoute.offer(event, offers).ifPresent(offer -> {
            offerId = offer.id();
            render(offer);
        });
    }

    /** The id of the offer on the page. */
    protected long offerId() {
        return offerId;
    }

    /** Renders the page again after a change, with the offer as it is now. */
    protected void render() {
        render(offers.offer(offerId));
    }

    /** Renders the whole page for the offer (the page is empty when this is called). */
    protected abstract void render(Offer offer);
}
