package com.publisherportal.leads.ui;

import java.util.List;

/**
 * One row of the lead inbox as the grid keeps it for the browser: the lead's id (the dialog loads
 * the lead itself), the part name that colours the row, and the text of each column shown, in
 * the grid's column order ({@code null} for a hidden column). The grid keeps a row for each lead
 * the browser holds (about a hundred after a scroll): a whole {@link com.publisherportal.leads.Lead}
 * each, every field and the description, kept 117 KB of an open inbox's 604 KB; these keep 74 KB
 * (issue 20, measured in bench/load/README.md). A class, not a record, so that its texts cannot be
 * changed from outside.
 */
public final class InboxRow {

    private final long id;
    private final String partName;
    private final List<String> keys;
    private final String[] cells;

    InboxRow(long id, String partName, List<String> keys, String[] cells) {
        if (keys.size() != cells.length) {
            throw new IllegalArgumentException("one cell per column: " + keys.size() + " keys, " + cells.length + " cells");
        }
        this.id = id;
        this.partName = partName;
        this.keys = keys;
        this.cells = cells;
    }

    /** The lead's id. */
    public long id() {
        return id;
    }

    /** The part name that colours the row (overdue, due soon, test lead), or null. */
    public String partName() {
        return partName;
    }

    /** The text of the column at {@code index} of the grid's order, empty when hidden. */
    String cell(int index) {
        String text = cells[index];
        return text == null ? "" : text;
    }

    /** The text of the column {@code key}, as the grid shows it; empty when the column is hidden. */
    public String text(String key) {
        int index = keys.indexOf(key);
        if (index < 0) {
            throw new IllegalArgumentException("no column " + key);
        }
        return cell(index);
    }
}
