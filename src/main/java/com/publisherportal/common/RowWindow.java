package com.publisherportal.common;

/**
 * Which rows of an ordered result a lazily loaded grid wants: skip {@code offset}, return at most
 * {@code limit} (capped at {@value #MAX_LIMIT}). Paging only: the order is asked separately, as a
 * list of {@link SortKey}s, since exports and APIs order without paging.
 */
public record RowWindow(int offset, int limit) {

    public static final int MAX_LIMIT = 10_000;

    public RowWindow {
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset and limit must not be negative");
        }
        limit = Math.min(limit, MAX_LIMIT);
    }

    public static RowWindow of(int offset, int limit) {
        return new RowWindow(offset, limit);
    }

    /** The paging clause that follows an ORDER BY. */
    public String sql() {
        return " LIMIT " + limit + " OFFSET " + offset;
    }
}
