package com.publisherportal.listing.ui;

import com.publisherportal.listing.HtmlSanitizer;
import com.publisherportal.listing.ListingForm;
import com.publisherportal.listing.ListingMedia;
import com.publisherportal.listing.ListingRevision;
import com.publisherportal.listing.MediaKind;
import com.publisherportal.listing.StorefrontListing;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

import java.util.function.Consumer;

/**
 * A listing rendered as a marketplace product page: logo, name, publisher, summary, description,
 * screenshots, videos, documents and the calls to action the offer supports. Used by the
 * publisher's preview and by the public storefront.
 */
@org.springframework.modulith.NamedInterface("product-page")
public class ProductPage extends Div {

    public ProductPage(StorefrontListing listing, HtmlSanitizer sanitizer, Consumer<StorefrontListing.CallToAction> onAction) {
        addClassName("portal-product");
        ListingRevision r = listing.revision();
        Div header = new Div();
        header.addClassName("portal-product-header");
        listing.media(MediaKind.LOGO_LARGE).stream().findFirst()
                .ifPresent(logo -> header.add(image(logo, "portal-product-logo", r.name())));
        Div title = new Div(new H1(r.name() == null ? listing.offer().name() : r.name()),
                new Span(getTranslation("product.by", listing.publisherName())));
        title.addClassName("portal-product-title");
        header.add(title);
        Div actions = new Div();
        actions.addClassName("portal-product-actions");
        for (StorefrontListing.CallToAction cta : listing.callsToAction()) {
            Button button = new Button(getTranslation("product.cta." + cta.name()), e -> onAction.accept(cta));
            button.setId("cta-" + cta.name());
            if (cta == StorefrontListing.CallToAction.GET_IT_NOW) {
                button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
            actions.add(button);
        }
        header.add(actions);
        add(header);

        if (r.summary() != null) {
            Paragraph summary = new Paragraph(r.summary());
            summary.addClassName("portal-product-summary");
            add(summary);
        }
        if (r.description() != null && !r.description().isBlank()) {
            // Sanitised when saved; sanitised again here so nothing unsafe can reach a page.
            add(new Html("<div class=\"portal-product-description\">" + sanitizer.sanitize(r.description()) + "</div>"));
        }
        if (r.gettingStarted() != null) {
            add(new H3(getTranslation("product.getting-started")), new Paragraph(r.gettingStarted()));
        }
        var screenshots = listing.media(MediaKind.SCREENSHOT);
        if (!screenshots.isEmpty()) {
            Div gallery = new Div();
            gallery.addClassName("portal-product-gallery");
            screenshots.forEach(s -> gallery.add(image(s, "portal-product-screenshot", s.fileName())));
            add(new H3(getTranslation("product.screenshots")), gallery);
        }
        var videos = listing.media(MediaKind.VIDEO);
        if (!videos.isEmpty()) {
            Div gallery = new Div();
            gallery.addClassName("portal-product-gallery");
            for (ListingMedia video : videos) {
                Anchor link = new Anchor(video.videoUrl(), image(video, "portal-product-screenshot", video.title()), new Span(video.title()));
                link.setTarget("_blank");
                link.getElement().setAttribute("rel", "noopener noreferrer");
                gallery.add(link);
            }
            add(new H3(getTranslation("product.videos")), gallery);
        }
        var documents = listing.media(MediaKind.DOCUMENT);
        if (!documents.isEmpty()) {
            Div list = new Div();
            documents.forEach(d -> list.add(new Div(new Anchor(d.url(), d.fileName()))));
            add(new H3(getTranslation("product.documents")), list);
        }
        Div facts = new Div();
        facts.addClassName("portal-product-facts");
        if (!ListingForm.split(r.categories()).isEmpty()) {
            facts.add(fact("product.categories", String.join(", ", ListingForm.split(r.categories()).stream()
                    .map(c -> getTranslation("category." + c)).toList())));
        }
        if (!ListingForm.split(r.industries()).isEmpty()) {
            facts.add(fact("product.industries", String.join(", ", ListingForm.split(r.industries()).stream()
                    .map(c -> getTranslation("industry." + c)).toList())));
        }
        if (r.supportEmail() != null) {
            facts.add(fact("product.support", r.supportEmail()));
        }
        if (r.privacyUrl() != null) {
            Anchor privacy = new Anchor(r.privacyUrl(), getTranslation("product.privacy"));
            privacy.setTarget("_blank");
            privacy.getElement().setAttribute("rel", "noopener noreferrer");
            facts.add(new Div(privacy));
        }
        add(facts);
    }

    private Div fact(String key, String value) {
        Span label = new Span(getTranslation(key));
        label.addClassName("portal-card-title");
        return new Div(label, new Div(new Span(value)));
    }

    private static Image image(ListingMedia media, String className, String alt) {
        Image image = new Image(media.url(), alt == null ? "" : alt);
        image.addClassName(className);
        return image;
    }
}
