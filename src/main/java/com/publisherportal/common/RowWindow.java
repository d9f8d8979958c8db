package com.publisherportal.common;

/**
 * Which rows of an ordered result a lazily loaded grid wants: skip {@code offset}, return at most
 * {@code limit} (capped at {@value #MAX_LIMIT}). Paging only: the order is asked separately, as a
 * list of {@link SortKey}s, since exports and APIs order without paging.
 * <p>
 * A grid that knows how many rows it counted under the same filter says so ({@link #counted(int)}):
 * a window nearer the end of the result can then be read from the end, in the reverse order
 * ({@link #fromTheEnd()}), so that a database skips fewer rows. {@code OFFSET} reads every row it
 * skips: a grid scrolled to the last of 20,000 rows skips 19,975 forwards, none backwards.
 */
public record RowWindow(int offset, int limit, int counted) {

    public static final int MAX_LIMIT = 10_000;
    /** No count known: the window is read from the start. */
    public static final int NOT_COUNTED = -1;

    public RowWindow {
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset and limit must not be negative");
        }
        if (counted < NOT_COUNTED) {
            throw new IllegalArgumentException("counted must not be negative");
        }
        limit = Math.min(limit, MAX_LIMIT);
    }

    public RowWindow(int offset, int limit) {
        this(offset, limit, NOT_COUNTED);
    }

    public static RowWindow of(int offset, int limit) {
        return new RowWindow(offset, limit);
    }

    /** The same window, by a caller that counted {@code rows} rows under the same filter. */
    public RowWindow counted(int rows) {
        return new RowWindow(offset, limit, rows);
    }

    /** Whether reading from the end skips fewer rows than reading from the start. */
    public boolean nearerTheEnd() {
        return counted != NOT_COUNTED && counted - offset - limit < offset;
    }

    /**
     * The same rows counted from the end, for the reverse order: the rows after the window are
     * skipped, and a window that reaches past the counted rows is cut at their end. When the
     * count is out of date (rows came or went since), the rows read are those at that distance
     * from the current end.
     */
    public RowWindow fromTheEnd() {
        if (counted == NOT_COUNTED) {
            throw new IllegalStateException("No count to read from the end");
        }
        int rowsAfter = Math.max(0, counted - offset - limit);
        int rows = Math.max(0, Math.min(limit, counted - offset));
        return new RowWindow(rowsAfter, rows, counted);
    }

    /** The paging clause that follows an ORDER BY. */
    public String sql() {
        return " LIMIT " + limit + " OFFSET " + offset;
    }
}
