package com.publisherportal.leads;

import java.util.Locale;

/**
 * The marketplace's {@code LeadSource}, {@code Source-Action|publisherid.offerid} (docs/domain.md, Leads),
 * split into its parts. Each part may be missing when the value is partial; nothing here throws.
 *
 * @param source       AzureMarketplace, AzurePortal, AppSource (older SPZA, mapped to AppSource), TestDrive, …
 * @param sourceAction the action part, e.g. {@code INS} or {@code StartTestDrive}
 * @param publisherId  the publisher part of the offer address
 * @param offerId      the offer part of the offer address
 */
public record LeadSource(String source, String sourceAction, String publisherId, String offerId) {

    public static final LeadSource NONE = new LeadSource(null, null, null, null);

    public static LeadSource parse(String value) {
        if (value == null || value.isBlank()) {
            return NONE;
        }
        String trimmed = value.trim();
        int bar = trimmed.indexOf('|');
        String left = bar < 0 ? trimmed : trimmed.substring(0, bar);
        String right = bar < 0 ? "" : trimmed.substring(bar + 1).trim();
        int dash = left.indexOf('-');
        String source = blankToNull(dash < 0 ? left : left.substring(0, dash));
        String action = dash < 0 ? null : blankToNull(left.substring(dash + 1));
        int dot = right.indexOf('.');
        String publisher = dot < 0 ? null : blankToNull(right.substring(0, dot));
        String offer = dot < 0 ? blankToNull(right) : blankToNull(right.substring(dot + 1));
        if ("SPZA".equalsIgnoreCase(source)) {
            source = "AppSource";
        }
        return new LeadSource(source, action, lower(publisher), lower(offer));
    }

    /** {@code publisherid.offerid}, or null when the value did not name an offer. */
    public String offerAddress() {
        if (offerId == null) {
            return null;
        }
        return publisherId == null ? offerId : publisherId + "." + offerId;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private static String lower(String text) {
        return text == null ? null : text.toLowerCase(Locale.ROOT);
    }
}
