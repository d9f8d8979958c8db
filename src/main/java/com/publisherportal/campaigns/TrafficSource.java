package com.publisherportal.campaigns;

import com.publisherportal.common.ValidationException;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** A campaign link's traffic source ({@code src}): a known one or the publisher's own word. */
public record TrafficSource(String value) {

    public static final List<String> KNOWN = List.of("website", "linkedin", "facebook", "email", "event");
    private static final Pattern SHAPE = Pattern.compile("[a-z0-9_-]{1,30}");

    public TrafficSource {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new ValidationException("source", "campaign.source.invalid");
        }
    }

    public static TrafficSource parse(String input) {
        return new TrafficSource(input == null ? null : input.trim().toLowerCase(Locale.ROOT));
    }

    public static Optional<TrafficSource> lenient(String input) {
        String value = input == null ? null : input.trim().toLowerCase(Locale.ROOT);
        return value != null && SHAPE.matcher(value).matches() ? Optional.of(new TrafficSource(value)) : Optional.empty();
    }
}
