package com.publisherportal.listing.ui;

import com.publisherportal.common.ui.PortalButton;
import com.publisherportal.listing.HtmlSanitizer;
import com.publisherportal.listing.ListingForm;
import com.publisherportal.listing.ListingMedia;
import com.publisherportal.listing.ListingRevision;
import com.publisherportal.listing.MediaKind;
import com.publisherportal.listing.StorefrontListing;
import com.publisherportal.listing.StorefrontPlans;
import com.publisherportal.account.Countries;
import com.publisherportal.common.ui.Badge;
import com.publisherportal.common.ui.Formats;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H2;
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

    /** The bar with the marketplace's brand above each public storefront page. */
    public static Div storefrontBar(Component context) {
        Anchor brand = new Anchor("", new Image("images/logo.svg", ""), new Span(context.getTranslation("storefront.brand")));
        brand.addClassName("portal-brand");
        Div bar = new Div(brand);
        bar.addClassName("portal-storefront-bar");
        return bar;
    }

    /**
     * The storefront's own "not found" (visitors are not signed in, so not the portal's page in
     * its main layout); each public page's status filter answers its load with 404.
     */
    public static Div notFound(Component context, String textKey) {
        Div missing = new Div(new H2(context.getTranslation("storefront.not-found.heading")),
                new Paragraph(context.getTranslation(textKey)));
        missing.setId("not-found");
        missing.addClassName("portal-not-found");
        return missing;
    }

    public ProductPage(StorefrontListing listing, HtmlSanitizer sanitizer, Consumer<StorefrontListing.CallToAction> onAction) {
        this(listing, sanitizer, onAction, null, null);
    }

    /**
     * The page with its plans: {@code plansIn} gives them priced in a market (a country code, or
     * null for USD), first in {@code market}; the visitor may pick another country, which the
     * address then carries ({@code ?market=FR}) so the page can be linked. No plans section when
     * there are none.
     */
    public ProductPage(StorefrontListing listing, HtmlSanitizer sanitizer, Consumer<StorefrontListing.CallToAction> onAction,
                       java.util.function.Function<String, java.util.List<StorefrontPlans.StorefrontPlan>> plansIn, String market) {
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
            Button button = new PortalButton(getTranslation("product.cta." + cta.name()), e -> onAction.accept(cta));
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
            // "Healthcare (Health payor, Pharmaceuticals), Retail": each industry with its verticals.
            Div industries = fact("product.industries", String.join(", ", ListingForm.split(r.industries()).stream()
                    .map(c -> listing.verticalsOf(c).isEmpty() ? getTranslation("industry." + c)
                            : getTranslation("product.industry-verticals", getTranslation("industry." + c),
                            String.join(", ", listing.verticalsOf(c).stream().map(v -> getTranslation("vertical." + v))
                                    .toList()))).toList()));
            industries.setId("product-industries");
            facts.add(industries);
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
        java.util.List<StorefrontPlans.StorefrontPlan> plans = plansIn == null ? java.util.List.of() : plansIn.apply(market);
        if (!plans.isEmpty()) {
            add(plansSection(plans, market, plansIn));
        }
    }

    /** The public plans, each with its prices in the visitor's market (else USD), trial and note. Texts are set as text. */
    private Div plansSection(java.util.List<StorefrontPlans.StorefrontPlan> plans, String market,
                             java.util.function.Function<String, java.util.List<StorefrontPlans.StorefrontPlan>> plansIn) {
        Div section = new Div();
        section.addClassName("portal-product-plans");
        section.setId("product-plans");
        H3 heading = new H3(getTranslation("product.plans"));
        section.add(heading);
        java.util.Locale locale = getLocale();
        ComboBox<String> markets = new ComboBox<>(getTranslation("product.market"));
        markets.setItems(Countries.codesSortedByName(locale));
        markets.setItemLabelGenerator(code -> Countries.name(code, locale));
        markets.setPlaceholder(getTranslation("product.market.none"));
        markets.setClearButtonVisible(true);
        markets.setId("product-market");
        if (market != null && Countries.isValid(market)) {
            markets.setValue(market);
        }
        markets.setHelperText(getTranslation("product.market.help"));
        section.add(markets);
        Div cards = new Div();
        cards.addClassName("portal-product-plan-cards");
        cards.setId("product-plan-cards");
        showPlans(cards, plans, locale);
        markets.addValueChangeListener(e -> {
            showPlans(cards, plansIn.apply(e.getValue()), locale);
            // The address carries the market (other parameters kept), so the page can be linked as seen.
            getUI().ifPresent(ui -> ui.getPage().executeJs("const u = new URL(location.href);"
                    + " if ($0) { u.searchParams.set('market', $0); } else { u.searchParams.delete('market'); }"
                    + " history.replaceState(history.state, '', u);", e.getValue()));
        });
        section.add(cards);
        return section;
    }

    private void showPlans(Div cards, java.util.List<StorefrontPlans.StorefrontPlan> plans, java.util.Locale locale) {
        cards.removeAll();
        for (StorefrontPlans.StorefrontPlan plan : plans) {
            Div card = new Div();
            card.addClassName("portal-card");
            card.addClassName("portal-product-plan");
            card.setId("plan-" + plan.planId());
            Div title = new Div(new H4(plan.name()));
            if (plan.freeTrial()) {
                Span trial = Badge.of(getTranslation("product.free-trial"), Badge.Tone.GOOD);
                trial.setId("plan-" + plan.planId() + "-trial");
                title.add(trial);
            }
            card.add(title);
            if (plan.summary() != null && !plan.summary().isBlank()) {
                card.add(new Paragraph(plan.summary()));
            }
            for (StorefrontPlans.PlanPrice price : plan.prices()) {
                String label = getTranslation(price.labelKey(), price.labelArgument() == null ? "" : price.labelArgument());
                Div line = new Div(new Span(Formats.money(price.amount(), price.currency(), locale)), new Span(" " + label));
                line.addClassName("portal-product-price");
                card.add(line);
                if (price.next() != null) {
                    Div next = new Div(getTranslation("product.price-change",
                            Formats.money(price.next().amount(), price.currency(), locale), Formats.date(price.next().from())));
                    next.addClassName("portal-product-price-change");
                    card.add(next);
                }
            }
            if (plan.noteKey() != null) {
                Paragraph note = new Paragraph(getTranslation(plan.noteKey()));
                note.addClassName("portal-product-plan-note");
                card.add(note);
            }
            cards.add(card);
        }
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
