package com.publisherportal.leads.ui;

import java.util.List;

/**
 * One row of the lead inbox as the grid keeps it for the browser: the lead's id (the dialog loads
 * the lead itself), the part name that colours the row, and the text of each column shown, in
 * the grid's column order (empty for a hidden column). The grid keeps a row for each lead the
 * browser holds (about a hundred after a scroll), so a row is kept small (issue 20, measured in
 * bench/load/README.md): a whole {@link com.publisherportal.leads.Lead} each kept 117 KB of an
 * open inbox, a string per cell 74 KB; the cells are kept as one text and where each ends. A
 * class, not a record, so that its texts cannot be changed from outside.
 */
public final class InboxRow {

    private final long id;
    private final String partName;
    private final List<String> keys;
    /** The cells' texts one after the other; cell {@code i} ends at {@code ends[i]}. */
    private final String texts;
    private final int[] ends;

    InboxRow(long id, String partName, List<String> keys, String[] cells) {
        if (keys.size() != cells.length) {
            throw new IllegalArgumentException("one cell per column: " + keys.size() + " keys, " + cells.length + " cells");
        }
        this.id = id;
        this.partName = partName;
        this.keys = keys;
        StringBuilder joined = new StringBuilder();
        ends = new int[cells.length];
        for (int index = 0; index < cells.length; index++) {
            if (cells[index] != null) {
                joined.append(cells[index]);
            }
            ends[index] = joined.length();
        }
        texts = joined.toString();
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
        return texts.substring(index == 0 ? 0 : ends[index - 1], ends[index]);
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
