package com.publisherportal.campaigns;

import com.publisherportal.common.ValidationException;
import com.publisherportal.common.ValidationException.Violation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A go-to-market benefit of the staff's catalogue: its names and descriptions in both languages and
 * its condition: one of the listing types, one of the storefronts, and optional thresholds on the
 * account's live offers, the offer's leads and its sales billed over the last 12 months (USD).
 * {@code id} is null and {@code version} -1 for a benefit not saved yet.
 */
public record Benefit(Long id, String code, BenefitGroup group, String nameEn, String nameFr, String descriptionEn,
                      String descriptionFr, Set<ListingType> listingTypes, Set<Storefront> storefronts,
                      Integer minLiveOffers, Integer minLeads, BigDecimal minBilledSales, boolean active, int sortOrder,
                      int version) {

    public static final int NAME_MAX = 100;
    public static final int DESCRIPTION_MAX = 1000;
    public static final int LIVE_OFFERS_MAX = 1000;
    public static final int LEADS_MAX = 1_000_000;
    public static final BigDecimal SALES_MAX = new BigDecimal("999999999999.99");
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

    public Benefit {
        code = code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
        nameEn = trim(nameEn);
        nameFr = trim(nameFr);
        descriptionEn = trim(descriptionEn);
        descriptionFr = trim(descriptionFr);
        listingTypes = listingTypes == null || listingTypes.isEmpty() ? Set.of() : java.util.Collections.unmodifiableSet(EnumSet.copyOf(listingTypes));
        storefronts = storefronts == null || storefronts.isEmpty() ? Set.of() : java.util.Collections.unmodifiableSet(EnumSet.copyOf(storefronts));
        List<Violation> v = new ArrayList<>();
        if (!CODE.matcher(code).matches()) {
            v.add(new Violation("code", "benefits.code.rule"));
        }
        if (group == null) {
            v.add(new Violation("group", "benefits.group.required"));
        }
        text(v, "nameEn", nameEn, NAME_MAX);
        text(v, "nameFr", nameFr, NAME_MAX);
        text(v, "descriptionEn", descriptionEn, DESCRIPTION_MAX);
        text(v, "descriptionFr", descriptionFr, DESCRIPTION_MAX);
        if (listingTypes.isEmpty()) {
            v.add(new Violation("listingTypes", "benefits.listing-types.required"));
        }
        if (storefronts.isEmpty()) {
            v.add(new Violation("storefronts", "benefits.storefronts.required"));
        }
        if (minLiveOffers != null && (minLiveOffers < 0 || minLiveOffers > LIVE_OFFERS_MAX)) {
            v.add(new Violation("minLiveOffers", "benefits.threshold.range", 0, LIVE_OFFERS_MAX));
        }
        if (minLeads != null && (minLeads < 0 || minLeads > LEADS_MAX)) {
            v.add(new Violation("minLeads", "benefits.threshold.range", 0, LEADS_MAX));
        }
        if (minBilledSales != null && (minBilledSales.signum() < 0 || minBilledSales.compareTo(SALES_MAX) > 0
                || minBilledSales.stripTrailingZeros().scale() > 2)) {
            v.add(new Violation("minBilledSales", "benefits.sales.rule"));
        }
        if (!v.isEmpty()) {
            throw new ValidationException(v);
        }
    }

    /** The name in the reader's language (French for French, English otherwise). */
    public String name(Locale locale) {
        return french(locale) ? nameFr : nameEn;
    }

    public String description(Locale locale) {
        return french(locale) ? descriptionFr : descriptionEn;
    }

    private static boolean french(Locale locale) {
        return locale != null && "fr".equals(locale.getLanguage());
    }

    private static String trim(String value) {
        return value == null ? "" : value.trim();
    }

    private static void text(List<Violation> v, String field, String value, int max) {
        if (value.isEmpty() || value.length() > max) {
            v.add(new Violation(field, "benefits.text.length", max));
        }
    }
}
