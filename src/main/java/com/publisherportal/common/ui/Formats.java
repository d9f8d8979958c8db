package com.publisherportal.common.ui;

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

    /** Remembers the browser's time zone for this session (asked once per UI). */
    public static void detectZone(UI ui) {
        ui.getPage().retrieveExtendedClientDetails(details -> {
            try {
                ui.getSession().setAttribute(ZONE_ATTRIBUTE, ZoneId.of(details.getTimeZoneId()));
            } catch (RuntimeException e) {
                ui.getSession().setAttribute(ZONE_ATTRIBUTE, ZoneId.of("UTC"));
            }
        });
    }

    public static ZoneId zone() {
        VaadinSession session = VaadinSession.getCurrent();
        Object zone = session == null ? null : session.getAttribute(ZONE_ATTRIBUTE);
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

    /**
     * A fraction as a percentage in the user's locale with exactly {@code decimals} decimals:
     * 0.069 is "6.9%" in English and "6,9 %" in French. Rates use one decimal everywhere.
     */
    public static String percent(double fraction, int decimals) {
        java.text.NumberFormat format = java.text.NumberFormat.getPercentInstance(locale());
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        return format.format(fraction);
    }
}
