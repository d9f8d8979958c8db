package com.publisherportal.common.ui;

import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Percentages are written one way, in the reader's language. */
class FormatsTest {

    @AfterEach
    void noUi() {
        UI.setCurrent(null);
    }

    private static String in(Locale locale, double fraction, int decimals) {
        UI ui = new UI();
        ui.setLocale(locale);
        UI.setCurrent(ui);
        return Formats.percent(fraction, decimals).replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    @Test
    void aRateHasOneDecimalInEnglishAndFrench() {
        assertThat(in(Locale.ENGLISH, 0.069, 1)).isEqualTo("6.9%");
        assertThat(in(Locale.FRENCH, 0.069, 1)).isEqualTo("6,9 %");
        assertThat(in(Locale.ENGLISH, 0.2, 1)).isEqualTo("20.0%");
        assertThat(in(Locale.ENGLISH, 0.07204, 1)).isEqualTo("7.2%");
        assertThat(in(Locale.FRENCH, 1.0, 0)).isEqualTo("100 %");
    }
}
