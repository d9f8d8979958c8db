package com.publisherportal.demo;

import com.publisherportal.listing.ConsultingType;
import com.publisherportal.listing.ConsultingUnit;
import com.publisherportal.listing.GeneratedArtwork;
import com.publisherportal.listing.HtmlSanitizer;
import com.publisherportal.listing.ListingCapabilities;
import com.publisherportal.listing.ListingRepository;
import com.publisherportal.listing.ListingRevision;
import com.publisherportal.listing.MediaKind;
import com.publisherportal.listing.MediaRepository;
import com.publisherportal.listing.RevisionState;
import com.publisherportal.onboarding.Offer;
import com.publisherportal.onboarding.OfferRepository;
import org.springframework.boot.ApplicationArguments;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.awt.Color;
import java.time.Clock;
import java.time.Instant;

/** Demo listings with generated logos, screenshots and a PDF, so the storefront has pages to show. */
@Component
@Order(25)
public class ListingDemoData implements DemoStep {

    private final OfferRepository offers;
    private final ListingRepository revisions;
    private final MediaRepository media;
    private final HtmlSanitizer sanitizer;
    private final Clock clock;

    ListingDemoData(OfferRepository offers, ListingRepository revisions, MediaRepository media, HtmlSanitizer sanitizer,
                    Clock clock) {
        this.offers = offers;
        this.revisions = revisions;
        this.media = media;
        this.sanitizer = sanitizer;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (revisions.count() > 0) {
            return;
        }
        for (Offer offer : offers.findAll()) {
            if (offer.offerId().equals("contoso-edge")) {
                continue;
            }
            boolean live = offer.wentLiveAt() != null;
            Instant now = clock.instant();
            ListingCapabilities capabilities = ListingCapabilities.of(offer.offerType());
            boolean consulting = capabilities.consultingTitle();
            String publisher = offer.offerId().startsWith("contoso") ? "Contoso" : "Fabrikam";
            ListingRevision revision = revisions.save(new ListingRevision(null, offer.id(), 1,
                    live ? RevisionState.LIVE : RevisionState.DRAFT, consulting ? publisher : offer.name(),
                    summary(offer), sanitizer.sanitize(description(offer)),
                    "Sign in with your work account and follow the guided setup; it takes about ten minutes.",
                    consulting ? "management\nmigration" : "analytics\nsecurity",
                    capabilities.industries() ? "retail\nfinancial-services" : null,
                    capabilities.industries() ? "retail.retailers\nfinancial-services.insurance" : null, null,
                    "analytics\ncompliance\ncloud", "https://www." + publisher.toLowerCase() + ".example/privacy",
                    publisher + " Support", "support@" + publisher.toLowerCase() + ".example", "+1 425 555 0100",
                    publisher + " Engineering", "engineering@" + publisher.toLowerCase() + ".example", null,
                    consulting ? 2 : null, consulting ? ConsultingUnit.WEEK : null,
                    consulting ? ConsultingType.IMPLEMENTATION : null, offer.createdBy(), now,
                    live ? offer.wentLiveAt() : null, null));
            Color colour = publisher.equals("Contoso") ? new Color(26, 95, 180) : new Color(38, 162, 105);
            String initial = offer.name().substring(0, 1);
            add(revision, MediaKind.LOGO_SMALL, "logo-48.png", GeneratedArtwork.png(48, 48, colour, initial), 48, 48);
            add(revision, MediaKind.LOGO_LARGE, "logo-216.png", GeneratedArtwork.png(216, 216, colour, initial), 216, 216);
            add(revision, MediaKind.SCREENSHOT, "dashboard.png", GeneratedArtwork.png(1280, 720, colour, offer.name()), 1280, 720);
            add(revision, MediaKind.DOCUMENT, "datasheet.pdf", GeneratedArtwork.pdf(offer.name() + " datasheet"), 0, 0);
        }
    }

    private void add(ListingRevision revision, MediaKind kind, String name, byte[] bytes, int width, int height) {
        media.insert(revision.id(), kind, 1, name, kind == MediaKind.DOCUMENT ? "application/pdf" : "image/png", bytes,
                width, height, null, null, clock.instant());
    }

    private static String summary(Offer offer) {
        return switch (offer.offerType()) {
            case CONSULTING_SERVICE -> "A fixed-price engagement that takes your workloads to the cloud in two weeks.";
            case SAAS -> "Dashboards and alerts on your business data, ready in minutes.";
            case VIRTUAL_MACHINE -> "A hardened server image with security updates applied every month.";
            default -> "Deploy in your own subscription and manage it from the portal.";
        };
    }

    private static String description(Offer offer) {
        return "<p><strong>" + offer.name() + "</strong> helps teams move faster with less risk.</p>"
                + "<ul><li>Set up in minutes</li><li>Secure by default</li><li>Support in English and French</li></ul>"
                + "<p>Read the <a href=\"https://example.com/docs\">documentation</a> to learn more.</p>";
    }
}
