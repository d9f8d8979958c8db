package com.publisherportal.leads.ui;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One row of the lead inbox as the grid keeps it for the browser: the lead's id (the dialog loads
 * the lead itself), the part name that colours the row, and the text of each column shown, in
 * the grid's column order (empty for a hidden column). The grid keeps a row for each lead the
 * browser holds (75 after a scroll: three pages of 25), so a row is kept small (issue 20, measured in
 * bench/load/README.md): a whole {@link com.publisherportal.leads.Lead} each kept 117 KB of an
 * open inbox, a string per cell 74 KB, one string and where each cell ends 38 KB. The cells are
 * kept as one UTF-8 text: as a Java string, one character beyond Latin-1 (the narrow no-break
 * space of a date's time, a customer's name) took two bytes for every character of the row.
 * Once the grid has sent a row to the browser, the inbox drops its texts ({@link #forget}): the
 * grid keeps the row for its id and part name only, and reads the rows again when it needs texts
 * once more (a scroll, a sort, a column shown). A class, not a record, so that its texts cannot be
 * changed from outside.
 */
public final class InboxRow {

    private final long id;
    private final String partName;
    private final List<String> keys;
    /**
     * The cells' texts in UTF-8, one after the other, each followed by {@link #END}: a byte UTF-8
     * never uses, so no text can contain it, and the row needs no offsets beside its text.
     */
    private byte[] texts;
    private static final byte END = (byte) 0xFF;

    InboxRow(long id, String partName, List<String> keys, String[] cells) {
        if (keys.size() != cells.length) {
            throw new IllegalArgumentException("one cell per column: " + keys.size() + " keys, " + cells.length + " cells");
        }
        this.id = id;
        this.partName = partName;
        this.keys = keys;
        ByteArrayOutputStream joined = new ByteArrayOutputStream();
        for (String cell : cells) {
            if (cell != null) {
                joined.writeBytes(cell.getBytes(StandardCharsets.UTF_8));
            }
            joined.write(END);
        }
        texts = joined.toByteArray();
    }

    /** The lead's id. */
    public long id() {
        return id;
    }

    /** The part name that colours the row (overdue, due soon, test lead), or null. */
    public String partName() {
        return partName;
    }

    /** Whether the row still holds its texts (not yet {@linkplain #forget forgotten}). */
    public boolean holdsTexts() {
        return texts != null;
    }

    /** Drops the texts, once the browser has them; {@link #cell} may not be asked again. */
    void forget() {
        texts = null;
    }

    /** Holds again the texts of the same lead's row as read anew, after they were {@linkplain #forget dropped}. */
    void holdTextsOf(InboxRow readAgain) {
        if (readAgain.id != id || !readAgain.keys.equals(keys)) {
            throw new IllegalArgumentException("not lead " + id + "'s row in the same columns");
        }
        texts = readAgain.texts;
    }

    /** The text of the column at {@code index} of the grid's order, empty when hidden. */
    String cell(int index) {
        if (texts == null) {
            throw new IllegalStateException("the texts of lead " + id + "'s row were sent and dropped");
        }
        int start = 0;
        for (int skipped = 0; skipped < index; start++) {
            if (texts[start] == END) {
                skipped++;
            }
        }
        int end = start;
        while (texts[end] != END) {
            end++;
        }
        return new String(texts, start, end - start, StandardCharsets.UTF_8);
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
