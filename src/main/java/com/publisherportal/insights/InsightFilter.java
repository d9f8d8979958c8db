package com.publisherportal.insights;

import java.util.Objects;

/** What a grid or export shows: a range, a slice and the grid's own free-text search. */
public record InsightFilter(InsightRange range, InsightSlice slice, String search) {

    public InsightFilter {
        Objects.requireNonNull(range, "range");
        slice = slice == null ? InsightSlice.all() : slice;
        search = search == null || search.isBlank() ? null : search.trim();
        if (search != null && search.length() > 100) {
            search = search.substring(0, 100);
        }
    }

    public static InsightFilter of(InsightRange range) {
        return new InsightFilter(range, InsightSlice.all(), null);
    }
}
