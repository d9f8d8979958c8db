package com.publisherportal.listing.ui;

import com.publisherportal.common.ui.Notify;
import com.publisherportal.listing.HtmlSanitizer;
import com.publisherportal.listing.ListingService;
import com.publisherportal.listing.PreviewAudienceService;
import com.publisherportal.listing.PublicPreview;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import java.util.Optional;

/**
 * The preview link a publisher gives their preview audience, {@code /preview/{token}}: the
 * product page as it will be, with the plans and prices being prepared, marked "Preview", without
 * signing in (the token is the credential). An unknown or revoked token is "not found", answered
 * with 404 by {@link PreviewLinkStatusFilter}.
 */
@Route(value = "preview/:token", autoLayout = false)
@AnonymousAllowed
public class PreviewLinkView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final PreviewAudienceService audiences;
    private final HtmlSanitizer sanitizer;
    private String title = "";

    public PreviewLinkView(PreviewAudienceService audiences, HtmlSanitizer sanitizer) {
        this.audiences = audiences;
        this.sanitizer = sanitizer;
        addClassName("portal-storefront");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getRouteParameters().get("token").orElse("");
        String market = ListingService.market(event.getLocation().getQueryParameters().getSingleParameter("market").orElse(null));
        Optional<PublicPreview> found = audiences.byToken(token, market);
        removeAll();
        Div bar = ProductPage.storefrontBar(this);
        if (found.isEmpty()) {
            add(bar, ProductPage.notFound(this, "preview-link.not-found"));
            title = getTranslation("storefront.not-found.heading") + " · " + getTranslation("storefront.brand");
            return;
        }
        PublicPreview preview = found.get();
        Paragraph banner = new Paragraph(getTranslation("preview-link.banner"));
        banner.addClassName("portal-preview-banner");
        banner.setId("preview-banner");
        add(bar, banner, new ProductPage(preview.listing(), sanitizer,
                cta -> Notify.success("preview.cta", getTranslation("product.cta." + cta.name())),
                m -> m == null ? preview.plans() : audiences.byToken(token, m).map(PublicPreview::plans).orElse(java.util.List.of()),
                market));
        String name = preview.listing().revision().name() == null ? preview.listing().offer().name() : preview.listing().revision().name();
        title = getTranslation("preview-link.title", name) + " · " + getTranslation("storefront.brand");
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
