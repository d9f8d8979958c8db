package com.publisherportal.account;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** ISO 3166-1 alpha-2 country codes, with names in the user's language. */
public final class Countries {

    private static final Set<String> CODES = Set.of(Locale.getISOCountries());
    private static final Map<Locale, List<String>> SORTED = new ConcurrentHashMap<>();

    private Countries() {
    }

    public static boolean isValid(String code) {
        return code != null && CODES.contains(code);
    }

    /**
     * Every country code, by its name in the language. Kept per language (a storefront page sorted
     * them for each visitor, about 1 % of the portal's CPU under load); the languages kept are
     * bounded, as a browser may ask for any.
     */
    public static List<String> codesSortedByName(Locale locale) {
        List<String> sorted = SORTED.get(locale);
        if (sorted == null) {
            sorted = Arrays.stream(Locale.getISOCountries())
                    .sorted(Comparator.comparing(c -> name(c, locale)))
                    .toList();
            if (SORTED.size() < 16) {
                SORTED.putIfAbsent(locale, sorted);
            }
        }
        return sorted;
    }

    /** A country code as the language names it; the code itself when it names no country, "" for none. */
    public static String name(String code, Locale locale) {
        if (code == null || code.isBlank()) {
            return "";
        }
        String name = Locale.of("", code.strip()).getDisplayCountry(locale);
        return name.isBlank() || name.equalsIgnoreCase(code.strip()) ? code.strip() : name;
    }
}
