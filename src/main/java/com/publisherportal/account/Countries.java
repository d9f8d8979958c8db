package com.publisherportal.account;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** ISO 3166-1 alpha-2 country codes, with names in the user's language. */
public final class Countries {

    private static final Set<String> CODES = Set.of(Locale.getISOCountries());

    private Countries() {
    }

    public static boolean isValid(String code) {
        return code != null && CODES.contains(code);
    }

    public static List<String> codesSortedByName(Locale locale) {
        return Arrays.stream(Locale.getISOCountries())
                .sorted(Comparator.comparing(c -> name(c, locale)))
                .toList();
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
