package com.publisherportal.common.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Dates and numbers in the user's language and time zone. */
public final class Formats {

    private static final String ZONE_ATTRIBUTE = "portal.zone";

    private Formats() {
    }

    /** Remembers the browser's time zone for this session and this UI (asked once per UI). */
    public static void detectZone(UI ui) {
        ui.getPage().retrieveExtendedClientDetails(details -> {
            ZoneId zone;
            try {
                zone = ZoneId.of(details.getTimeZoneId());
            } catch (RuntimeException e) {
                zone = ZoneId.of("UTC");
            }
            ui.getSession().setAttribute(ZONE_ATTRIBUTE, zone);
            ComponentUtil.setData(ui, ZoneId.class, zone);
        });
    }

    /**
     * The user's time zone: the page's own, else the session's. A download streams without the
     * session's lock (see ExportLinks), so there only the page's own is read.
     */
    public static ZoneId zone() {
        UI ui = UI.getCurrent();
        ZoneId own = ui == null ? null : ComponentUtil.getData(ui, ZoneId.class);
        if (own != null) {
            return own;
        }
        VaadinSession session = VaadinSession.getCurrent();
        Object zone = session == null || !session.hasLock() ? null : session.getAttribute(ZONE_ATTRIBUTE);
        return zone instanceof ZoneId id ? id : ZoneId.of("UTC");
    }

    public static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null ? Locale.ENGLISH : ui.getLocale();
    }

    public static String dateTime(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale()).withZone(zone()).format(instant);
    }

    public static String date(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(locale()).withZone(zone()).format(instant);
    }

    /** A date with its weekday, e.g. "Wed 25 Nov 2026", for deadlines. */
    public static String weekdayDate(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofPattern("EEE d MMM yyyy", locale()).withZone(zone()).format(instant);
    }

    public static String number(long value) {
        return java.text.NumberFormat.getIntegerInstance(locale()).format(value);
    }

    /** A whole number in the given locale: "1,234" (en) / "1 234" (fr). */
    public static String number(long value, Locale locale) {
        return java.text.NumberFormat.getIntegerInstance(locale).format(value);
    }

    /**
     * A percentage in the user's language, from a fraction: 0.0687 with 2 decimals gives
     * "6.87%" in English and "6,87 %" in French (French puts a no-break space,
     * U+00A0, before the sign, exactly as Java's French {@code NumberFormat} does).
     * The form is always the locale's own percent format, so every page and chart agrees.
     * Exactly {@code decimals} fraction digits are shown.
     */
    public static String percent(double fraction, int decimals) {
        return percent(fraction, decimals, locale());
    }

    /** {@link #percent(double, int)} for an explicit locale (charts, exports, tests). */
    public static String percent(double fraction, int decimals, Locale locale) {
        java.text.NumberFormat format = java.text.NumberFormat.getPercentInstance(locale);
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        return format.format(fraction);
    }

    /** A decimal number with exactly {@code decimals} fraction digits: "1,234.50" / "1 234,50". */
    public static String decimal(double value, int decimals) {
        return decimal(value, decimals, locale());
    }

    public static String decimal(double value, int decimals, Locale locale) {
        java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        return format.format(value);
    }

    /** An amount of money with its currency in the user's language: "$1,234.50" / "1 234,50 $US". */
    public static String money(java.math.BigDecimal amount, String currencyCode) {
        return money(amount, currencyCode, locale());
    }

    public static String money(java.math.BigDecimal amount, String currencyCode, Locale locale) {
        if (amount == null) {
            return "";
        }
        java.text.NumberFormat format = java.text.NumberFormat.getCurrencyInstance(locale);
        try {
            format.setCurrency(java.util.Currency.getInstance(currencyCode));
        } catch (RuntimeException e) {
            return decimal(amount.doubleValue(), 2, locale) + " " + currencyCode;
        }
        return format.format(amount);
    }

    /** A calendar date in the user's language, e.g. "25 Nov 2026" / "25 nov. 2026". */
    public static String date(java.time.LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale()).format(date);
    }
}
