package com.publisherportal.onboarding;

import com.publisherportal.common.ValidationException;

import java.util.regex.Pattern;

/** A publisher's identifier of an offer: lowercase letters, digits, '-' and '_', at most 50 characters. */
public record OfferId(String value) {

    public static final int MAX_LENGTH = 50;
    private static final Pattern SHAPE = Pattern.compile("[a-z0-9_-]{1,50}");

    public OfferId {
        if (value == null || value.isEmpty()) {
            throw new ValidationException("offerId", "offer.id.required");
        }
        if (value.length() > MAX_LENGTH) {
            throw new ValidationException("offerId", "offer.id.too-long", MAX_LENGTH);
        }
        if (!SHAPE.matcher(value).matches()) {
            throw new ValidationException("offerId", "offer.id.invalid");
        }
    }

    public static OfferId parse(String input) {
        return new OfferId(input == null ? null : input.trim());
    }

    @Override
    public String toString() {
        return value;
    }
}
