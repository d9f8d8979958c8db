package com.publisherportal.technical;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** The parts of a shared access signature the portal checks: {@code sv}, {@code sig}, {@code se} (the expiry). */
record SasUrl(String version, String signature, Instant expiry) {

    static SasUrl parse(URI uri) {
        String version = null;
        String signature = null;
        Instant expiry = null;
        String query = uri.getRawQuery();
        if (query != null) {
            for (String pair : query.split("&")) {
                int eq = pair.indexOf('=');
                if (eq <= 0) {
                    continue;
                }
                String name = pair.substring(0, eq);
                String value = URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                switch (name) {
                    case "sv" -> version = value.isBlank() ? null : value;
                    case "sig" -> signature = value.isBlank() ? null : value;
                    case "se" -> expiry = instant(value);
                    default -> {
                    }
                }
            }
        }
        return new SasUrl(version, signature, expiry);
    }

    /** Azure writes {@code se} as an ISO 8601 UTC time, or a date alone. */
    private static Instant instant(String value) {
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }
}
