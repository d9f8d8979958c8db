package com.publisherportal.listing;

import java.util.List;

/**
 * What the listing editor saves. {@code verticals} are vertical codes, each under one of
 * {@code industries} (see {@link VerticalCatalogue}).
 */
public record ListingForm(String name, String summary, String description, String gettingStarted,
                          List<String> categories, List<String> industries, List<String> productsUsed,
                          List<String> keywords, String privacyUrl, String supportName, String supportEmail,
                          String supportPhone, String engineeringName, String engineeringEmail,
                          String engineeringPhone, Integer consultingDuration, ConsultingUnit consultingUnit,
                          ConsultingType consultingType, List<String> verticals) {

    public ListingForm {
        verticals = verticals == null ? List.of() : verticals;
    }

    /** A form without verticals (offer types without industries, and callers that never name any). */
    public ListingForm(String name, String summary, String description, String gettingStarted,
                       List<String> categories, List<String> industries, List<String> productsUsed,
                       List<String> keywords, String privacyUrl, String supportName, String supportEmail,
                       String supportPhone, String engineeringName, String engineeringEmail,
                       String engineeringPhone, Integer consultingDuration, ConsultingUnit consultingUnit,
                       ConsultingType consultingType) {
        this(name, summary, description, gettingStarted, categories, industries, productsUsed, keywords, privacyUrl,
                supportName, supportEmail, supportPhone, engineeringName, engineeringEmail, engineeringPhone,
                consultingDuration, consultingUnit, consultingType, List.of());
    }

    public static ListingForm of(ListingRevision r) {
        return new ListingForm(r.name(), r.summary(), r.description(), r.gettingStarted(), split(r.categories()),
                split(r.industries()), split(r.productsUsed()), split(r.keywords()), r.privacyUrl(), r.supportName(),
                r.supportEmail(), r.supportPhone(), r.engineeringName(), r.engineeringEmail(), r.engineeringPhone(),
                r.consultingDuration(), r.consultingUnit(), r.consultingType(), split(r.verticals()));
    }

    public static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : List.of(joined.split("\n"));
    }

    public static String join(List<String> items) {
        return items == null || items.isEmpty() ? null : String.join("\n", items);
    }
}
