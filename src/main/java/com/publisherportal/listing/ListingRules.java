package com.publisherportal.listing;

import com.publisherportal.common.EmailAddress;
import com.publisherportal.common.ValidationException;
import com.publisherportal.common.ValidationException.Violation;
import com.publisherportal.onboarding.OfferType;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The marketplace's listing rules (docs/domain.md, Storefront listing limits). {@link #onSave} keeps what is stored within
 * the limits; {@link #onSubmit} also requires what a listing must have before certification.
 */
public final class ListingRules {

    public static final int NAME_MAX = 50;
    public static final int SUMMARY_MAX = 100;
    public static final int DESCRIPTION_MAX = 5000;
    public static final int GETTING_STARTED_MAX = 3000;
    public static final int KEYWORDS_MAX = 3;
    public static final int KEYWORD_LENGTH_MAX = 50;
    public static final int CATEGORIES_MAX = 3;
    public static final int PRODUCTS_MAX = 3;

    private ListingRules() {
    }

    /** Limits that hold for anything stored; without the catalogue, any vertical is refused. */
    public static List<Violation> onSave(ListingForm f, String description, OfferType type) {
        return onSave(f, description, type, VerticalCatalogue.EMPTY);
    }

    /** Limits that hold for anything stored; {@code description} is the sanitised HTML. */
    public static List<Violation> onSave(ListingForm f, String description, OfferType type, VerticalCatalogue verticals) {
        ListingCapabilities can = ListingCapabilities.of(type);
        List<Violation> v = new ArrayList<>();
        maxLength(v, "name", f.name(), NAME_MAX);
        maxLength(v, "summary", f.summary(), SUMMARY_MAX);
        maxLength(v, "description", description, DESCRIPTION_MAX);
        maxLength(v, "gettingStarted", f.gettingStarted(), GETTING_STARTED_MAX);
        maxCount(v, "keywords", f.keywords(), KEYWORDS_MAX, "listing.keywords.too-many");
        for (String keyword : f.keywords() == null ? List.<String>of() : f.keywords()) {
            if (keyword.length() > KEYWORD_LENGTH_MAX) {
                v.add(new Violation("keywords", "listing.keyword.too-long", KEYWORD_LENGTH_MAX));
            }
        }
        maxCount(v, "categories", f.categories(), CATEGORIES_MAX, "listing.categories.too-many");
        if (!isEmpty(f.industries()) && !can.industries()) {
            v.add(new Violation("industries", "listing.not-for-type"));
        } else {
            maxCount(v, "industries", f.industries(), can.industriesMax(), "listing.industries.too-many");
        }
        if (!isEmpty(f.verticals()) && !can.industries()) {
            v.add(new Violation("verticals", "listing.not-for-type"));
        } else {
            v.addAll(verticals.check(f.industries(), f.verticals()));
        }
        if (!isEmpty(f.productsUsed()) && !can.productsUsed()) {
            v.add(new Violation("productsUsed", "listing.not-for-type"));
        } else {
            maxCount(v, "productsUsed", f.productsUsed(), PRODUCTS_MAX, "listing.products.too-many");
        }
        if (!isBlank(f.privacyUrl()) && !isHttps(f.privacyUrl())) {
            v.add(new Violation("privacyUrl", "listing.privacy-url.https"));
        }
        email(v, "supportEmail", f.supportEmail());
        email(v, "engineeringEmail", f.engineeringEmail());
        maxLength(v, "supportName", f.supportName(), 100);
        maxLength(v, "engineeringName", f.engineeringName(), 100);
        maxLength(v, "supportPhone", f.supportPhone(), 40);
        maxLength(v, "engineeringPhone", f.engineeringPhone(), 40);
        if (can.consultingTitle() && f.consultingDuration() != null && f.consultingUnit() != null && f.consultingType() != null) {
            v.addAll(new ConsultingTitle(f.name(), f.consultingDuration(), f.consultingUnit(), f.consultingType()).violations());
        }
        return v;
    }

    /** Everything a listing needs before it can be certified; without the catalogue, any vertical is refused. */
    public static List<Violation> onSubmit(ListingForm f, String description, OfferType type, Map<MediaKind, Integer> media) {
        return onSubmit(f, description, type, media, VerticalCatalogue.EMPTY);
    }

    /** Everything a listing needs before it can be certified. */
    public static List<Violation> onSubmit(ListingForm f, String description, OfferType type, Map<MediaKind, Integer> media,
                                           VerticalCatalogue verticals) {
        List<Violation> v = new ArrayList<>(onSave(f, description, type, verticals));
        required(v, "name", f.name());
        required(v, "summary", f.summary());
        required(v, "description", description);
        if (isEmpty(f.categories())) {
            v.add(new Violation("categories", "listing.categories.required"));
        }
        if (isBlank(f.privacyUrl())) {
            v.add(new Violation("privacyUrl", "listing.privacy-url.required"));
        }
        required(v, "supportName", f.supportName());
        required(v, "supportEmail", f.supportEmail());
        required(v, "engineeringName", f.engineeringName());
        required(v, "engineeringEmail", f.engineeringEmail());
        boolean titleCheckedOnSave = f.consultingDuration() != null && f.consultingUnit() != null && f.consultingType() != null;
        if (ListingCapabilities.of(type).consultingTitle() && !titleCheckedOnSave) {
            v.addAll(new ConsultingTitle(f.name(), f.consultingDuration(), f.consultingUnit(), f.consultingType()).violations());
        }
        if (media.getOrDefault(MediaKind.LOGO_SMALL, 0) == 0) {
            v.add(new Violation("media", "listing.logo-small.required"));
        }
        if (media.getOrDefault(MediaKind.LOGO_LARGE, 0) == 0) {
            v.add(new Violation("media", "listing.logo-large.required"));
        }
        if (media.getOrDefault(MediaKind.DOCUMENT, 0) == 0) {
            v.add(new Violation("media", "listing.documents.required"));
        }
        return v;
    }

    public static boolean isHttps(String url) {
        try {
            URI uri = URI.create(url.trim());
            return "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static void email(List<Violation> v, String field, String value) {
        if (!isBlank(value)) {
            try {
                EmailAddress.parse(field, value);
            } catch (ValidationException e) {
                v.addAll(e.violations());
            }
        }
    }

    private static void required(List<Violation> v, String field, String value) {
        if (isBlank(value)) {
            v.add(new Violation(field, "common.required"));
        }
    }

    private static void maxLength(List<Violation> v, String field, String value, int max) {
        if (value != null && value.length() > max) {
            v.add(new Violation(field, "listing.too-long", max, value.length()));
        }
    }

    private static void maxCount(List<Violation> v, String field, List<String> items, int max, String key) {
        if (items != null && items.size() > max) {
            v.add(new Violation(field, key, max));
        }
    }

    private static boolean isEmpty(List<String> items) {
        return items == null || items.isEmpty();
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
