package com.publisherportal.common;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OutsideTextTest {

    @Test
    void controlBidiAndLoneSurrogatesAreRemovedAndEverythingElseKept() {
        assertThat(OutsideText.singleLine("a\u0000b\u0007c\u001bd\u007fe\u0085f\u009fg")).isEqualTo("abcdefg");
        assertThat(OutsideText.singleLine("invoice\u202Efdp.exe")).isEqualTo("invoicefdp.exe");
        assertThat(OutsideText.singleLine("\u202A\u202B\u202C\u202D\u2066\u2067\u2068\u2069x")).isEqualTo("x");
        assertThat(OutsideText.singleLine("lone \uD800 high, lone \uDC00 low")).isEqualTo("lone  high, lone  low");
        // What people really write stays exactly as written: accents, CJK, emoji (a surrogate pair), RTL letters.
        String real = "Zoë Łukasz 東京 \uD83D\uDE80 שלום ‎";
        assertThat(OutsideText.singleLine(real)).isSameAs(real);
        assertThat(OutsideText.singleLine(null)).isNull();
    }

    @Test
    void freeTextKeepsTabsAndLineBreaksAndOneLineValuesTurnThemIntoSpaces() {
        assertThat(OutsideText.multiLine("one\r\ntwo\tthree\u0000")).isEqualTo("one\r\ntwo\tthree");
        assertThat(OutsideText.singleLine("one\r\ntwo\tthree")).isEqualTo("one  two three");
    }

    @Test
    void aFileNameLosesItsFoldersQuotesAndHiddenCharactersAndKeepsItsExtension() {
        assertThat(OutsideText.fileName("C:\\Users\\eve\\..\\\"report\u202Efdp.exe")).isEqualTo("reportfdp.exe");
        assertThat(OutsideText.fileName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(OutsideText.fileName("\u0000\u202E")).isEmpty();
        assertThat(OutsideText.fileName("x".repeat(300) + ".pdf")).hasSize(200).endsWith(".pdf");
    }
}
