package com.publisherportal.common;

import java.util.Locale;

/** Helpers for text search in SQL, shared by the repositories. */
public final class SqlText {

    private SqlText() {
    }

    /** A lower-cased LIKE pattern matching the text anywhere, with LIKE's wildcards escaped. */
    public static String containsPattern(String text) {
        String escaped = text.trim().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
