package com.publisherportal.common;

import java.util.Locale;
import java.util.regex.Pattern;

/** An e-mail address, trimmed and lower-cased, checked for a plausible shape. */
public record EmailAddress(String value) {

    private static final Pattern SHAPE = Pattern.compile(
            "[a-z0-9!#$%&'*+/=?^_`{|}~.-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+");

    public EmailAddress {
        if (value == null || value.length() > 254 || !SHAPE.matcher(value).matches()) {
            throw new ValidationException("email", "email.invalid");
        }
    }

    /** Parses user input; the field name is used for the error message's placement. */
    public static EmailAddress parse(String field, String input) {
        String normalised = input == null ? "" : input.trim().toLowerCase(Locale.ROOT);
        try {
            return new EmailAddress(normalised);
        } catch (ValidationException e) {
            throw new ValidationException(field, "email.invalid");
        }
    }

    public String domain() {
        return value.substring(value.indexOf('@') + 1);
    }

    @Override
    public String toString() {
        return value;
    }
}
