package com.publisherportal.leads.ui;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A row keeps its cells in one text: each cell must read back exactly, wherever it stands. */
class InboxRowTest {

    private static final List<String> KEYS = List.of("firstName", "lastName", "company", "email", "country");

    @Test
    void everyCellReadsBackAsWrittenAndAHiddenOneIsEmpty() {
        InboxRow row = new InboxRow(42, "lead-overdue", KEYS,
                new String[] {"Zoë", "", null, "a\u001Fb@example.com 𝄞", "France"});

        assertThat(row.id()).isEqualTo(42);
        assertThat(row.partName()).isEqualTo("lead-overdue");
        assertThat(KEYS.stream().map(row::text)).containsExactly("Zoë", "", "", "a\u001Fb@example.com 𝄞", "France");
    }

    @Test
    void aForgottenRowKeepsItsIdAndPartNameAndRefusesToGiveTexts() {
        InboxRow row = new InboxRow(42, "lead-overdue", KEYS, new String[] {"Zoë", "", null, "a@example.com", "France"});
        assertThat(row.holdsTexts()).isTrue();

        row.forget();

        assertThat(row.holdsTexts()).isFalse();
        assertThat(row.id()).isEqualTo(42);
        assertThat(row.partName()).isEqualTo("lead-overdue");
        assertThatThrownBy(() -> row.text("firstName")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aForgottenRowHoldsAgainOnlyTheTextsOfItsOwnLeadInItsColumns() {
        InboxRow row = new InboxRow(42, "lead-overdue", KEYS, new String[] {"Zoë", "", null, "a@example.com", "France"});
        row.forget();

        assertThatThrownBy(() -> row.holdTextsOf(new InboxRow(43, null, KEYS, new String[5])))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> row.holdTextsOf(new InboxRow(42, null, KEYS.subList(0, 4), new String[4])))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(row.holdsTexts()).isFalse();

        row.holdTextsOf(new InboxRow(42, null, KEYS, new String[] {"Zoé", "Martin", null, "z@example.com", "Belgium"}));
        assertThat(KEYS.stream().map(row::text)).containsExactly("Zoé", "Martin", "", "z@example.com", "Belgium");
        assertThat(row.partName()).as("the row keeps its own part name").isEqualTo("lead-overdue");
    }

    @Test
    void textsBeyondLatin1ReadBackWhole() {
        // The rows are kept in UTF-8: a time's narrow no-break space, names in other scripts, a
        // surrogate pair and a dash each take several bytes, and their neighbours must not shift.
        String[] cells = {"Dec 5, 2026, 2:03\u202fPM", "Ångström-Łukasiewicz", "東京 Trading", "call me \uD83D\uDCDE — after 5", "Česko"};
        InboxRow row = new InboxRow(7, null, KEYS, cells);

        assertThat(KEYS.stream().map(row::text)).containsExactly(cells);
    }

    @Test
    void theFirstAndLastCellsAreTheirOwnWhenTheOthersAreHidden() {
        InboxRow row = new InboxRow(1, null, KEYS, new String[] {"Ann", null, null, null, "Chile"});

        assertThat(row.text("firstName")).isEqualTo("Ann");
        assertThat(row.text("lastName")).isEmpty();
        assertThat(row.text("country")).isEqualTo("Chile");
        assertThat(row.partName()).isNull();
    }

    @Test
    void aColumnTheRowDoesNotHaveIsRefused() {
        InboxRow row = new InboxRow(1, null, KEYS, new String[5]);

        assertThatThrownBy(() -> row.text("score")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new InboxRow(1, null, KEYS, new String[4])).isInstanceOf(IllegalArgumentException.class);
    }
}
