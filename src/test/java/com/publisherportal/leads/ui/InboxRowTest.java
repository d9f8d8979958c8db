package com.publisherportal.leads.ui;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A row of the lead inbox gives back each cell's text exactly as it was made, whatever its characters. */
class InboxRowTest {

    private static final List<String> KEYS = List.of("receivedAt", "name", "company", "email", "comments", "status");

    @Test
    void everyCellReadsBackAsWrittenBeyondAsciiAndAroundEmptyOnes() {
        String[] cells = {
                "Dec 5, 2026, 2:03\u202fPM",           // the narrow no-break space of a time
                "Zoë Ångström-Łukasiewicz",            // Latin-1 and beyond
                null,                                  // a hidden column
                "",                                    // shown, but empty
                "Call me \uD83D\uDCDE after 5 — 東京",  // a surrogate pair, a dash, CJK
                "New"};

        InboxRow row = new InboxRow(42, "lead-overdue", KEYS, cells);

        assertThat(row.id()).isEqualTo(42);
        assertThat(row.partName()).isEqualTo("lead-overdue");
        assertThat(row.text("receivedAt")).isEqualTo("Dec 5, 2026, 2:03\u202fPM");
        assertThat(row.text("name")).isEqualTo("Zoë Ångström-Łukasiewicz");
        assertThat(row.text("company")).isEmpty();
        assertThat(row.text("email")).isEmpty();
        assertThat(row.text("comments")).isEqualTo("Call me \uD83D\uDCDE after 5 — 東京");
        assertThat(row.text("status")).isEqualTo("New");
    }

    @Test
    void aRowNeedsOneCellPerColumnAndAnUnknownColumnIsRefused() {
        assertThatThrownBy(() -> new InboxRow(1, null, KEYS, new String[]{"a"})).isInstanceOf(IllegalArgumentException.class);
        InboxRow row = new InboxRow(1, null, KEYS, new String[KEYS.size()]);
        assertThatThrownBy(() -> row.text("nope")).isInstanceOf(IllegalArgumentException.class);
        assertThat(row.text("status")).isEmpty();
    }
}
