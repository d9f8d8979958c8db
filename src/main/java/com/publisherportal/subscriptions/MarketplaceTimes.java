package com.publisherportal.subscriptions;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** The marketplace's times: ISO 8601, in UTC when no offset is written. */
public final class MarketplaceTimes {

    private MarketplaceTimes() {
    }

    public static Instant parse(String value) {
        String v = value.strip();
        if (v.endsWith("Z") || v.endsWith("z")) {
            return Instant.parse(v.toUpperCase());
        }
        if (v.length() > 19 && (v.charAt(v.length() - 6) == '+' || v.charAt(v.length() - 6) == '-')) {
            return OffsetDateTime.parse(v).toInstant();
        }
        return LocalDateTime.parse(v).toInstant(ZoneOffset.UTC);
    }
}
