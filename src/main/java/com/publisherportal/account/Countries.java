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

    public static String name(String code, Locale locale) {
        return Locale.of("", code).getDisplayCountry(locale);
    }
}
