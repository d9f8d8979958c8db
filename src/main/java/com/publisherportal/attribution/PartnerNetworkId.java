package com.publisherportal.attribution;

import com.publisherportal.common.ValidationException;

import java.util.regex.Pattern;

/**
 * An account's partner network id: the partner programme's number (Partner ID, formerly MPN ID),
 * under which the programme reports the usage its GUIDs attribute (seeds, usage attribution FAQ).
 * <b>Decision</b>: the programme's ids are whole numbers written as 6 to 8 digits (7 for most
 * accounts); spaces a person pastes are dropped, anything else is refused, and so is 0.
 */
public record PartnerNetworkId(String value) {

    public static final int MIN_DIGITS = 6;
    public static final int MAX_DIGITS = 8;
    private static final Pattern SHAPE = Pattern.compile("[0-9]{" + MIN_DIGITS + "," + MAX_DIGITS + "}");

    public PartnerNetworkId {
        if (value == null || !SHAPE.matcher(value).matches() || value.chars().allMatch(c -> c == '0')) {
            throw new IllegalArgumentException("Not a partner network id: " + value);
        }
    }

    /**
     * Reads what a person typed: surrounding and inner spaces are dropped. Refused, at the field
     * {@code field}: empty ({@code attribution.partner-id.required}), other characters than digits
     * ({@code .not-digits}), too few or too many digits ({@code .length}, with the count and the
     * limits), all zeros ({@code .zero}).
     */
    public static PartnerNetworkId parse(String field, String input) {
        String text = input == null ? "" : input.replaceAll("\\s+", "");
        if (text.isEmpty()) {
            throw new ValidationException(field, "attribution.partner-id.required");
        }
        if (!text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new ValidationException(field, "attribution.partner-id.not-digits");
        }
        if (text.length() < MIN_DIGITS || text.length() > MAX_DIGITS) {
            throw new ValidationException(field, "attribution.partner-id.length", text.length(), MIN_DIGITS, MAX_DIGITS);
        }
        if (text.chars().allMatch(c -> c == '0')) {
            throw new ValidationException(field, "attribution.partner-id.zero");
        }
        return new PartnerNetworkId(text);
    }

    @Override
    public String toString() {
        return value;
    }
}
