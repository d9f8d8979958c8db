package com.publisherportal.common;

/**
 * Formerly the paging-and-sorting request; now {@link RowWindow} (paging) and {@link SortKey}
 * (ordering). Kept only so that {@code common.ui.DashboardView}, which the rename was not to
 * touch, still compiles: delete it together with that view's import.
 *
 * @deprecated use {@link RowWindow#of(int, int)}
 */
@Deprecated(forRemoval = true)
public final class PageRequest {

    private PageRequest() {
    }

    /** @deprecated use {@link RowWindow#of(int, int)} */
    @Deprecated(forRemoval = true)
    public static RowWindow of(int offset, int limit) {
        return RowWindow.of(offset, limit);
    }
}
