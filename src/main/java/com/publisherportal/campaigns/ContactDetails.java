package com.publisherportal.campaigns;

import com.publisherportal.common.EmailAddress;
import com.publisherportal.common.ValidationException;
import com.publisherportal.common.ValidationException.Violation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** What a storefront visitor gives with a call to action; explicit consent is required. */
public record ContactDetails(String firstName, String lastName, String email, String company, String country,
                             String title, boolean consent) {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    /** Checks and trims the details; every problem is reported at once. */
    public ContactDetails validated() {
        List<Violation> v = new ArrayList<>();
        String first = required(firstName, "firstName", 50, v);
        String last = required(lastName, "lastName", 50, v);
        String mail = null;
        try {
            mail = EmailAddress.parse("email", email).value();
        } catch (ValidationException e) {
            v.addAll(e.violations());
        }
        String org = required(company, "company", 100, v);
        String jobTitle = title == null ? "" : title.trim();
        if (jobTitle.length() > 100) {
            v.add(new Violation("title", "common.too-long", 100));
        }
        if (country == null || !COUNTRIES.contains(country)) {
            v.add(new Violation("country", "signup.country.invalid"));
        }
        if (!consent) {
            v.add(new Violation("consent", "storefront.consent.required"));
        }
        if (!v.isEmpty()) {
            throw new ValidationException(v);
        }
        return new ContactDetails(first, last, mail, org, country, jobTitle.isEmpty() ? null : jobTitle, true);
    }

    private static String required(String value, String field, int max, List<Violation> v) {
        String trimmed = value == null ? "" : value.trim();
        if (trimmed.isEmpty()) {
            v.add(new Violation(field, "common.required"));
        } else if (trimmed.length() > max) {
            v.add(new Violation(field, "common.too-long", max));
        }
        return trimmed;
    }
}
