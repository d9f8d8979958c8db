package com.publisherportal.common;

import java.util.Objects;

/**
 * One key of a requested order: a property a grid or API names (never SQL), ascending or not.
 * Each repository resolves it against its own whitelist, see {@link SqlOrder}.
 */
public record SortKey(String property, boolean ascending) {

    public SortKey {
        Objects.requireNonNull(property, "property");
    }

    public static SortKey asc(String property) {
        return new SortKey(property, true);
    }

    public static SortKey desc(String property) {
        return new SortKey(property, false);
    }
}
