package com.publisherportal.common.ui;

/** How the portal's lazily loaded grids (the lead inbox, the insights reports) ask for their rows. */
public final class GridPages {

    /**
     * Rows a grid asks for at a time. The grid keeps every row of the pages the browser asked for:
     * pages of 25 instead of Vaadin's 50 keep 75 rows around a scrolled screen instead of 100 (issue
     * 20: 15.7 KB less per open lead inbox, 23.6 KB per open usage report). The load client's
     * {@code Tab.scrollGrid} asks for rows the same way.
     */
    public static final int ROWS = 25;

    private GridPages() {
    }
}
