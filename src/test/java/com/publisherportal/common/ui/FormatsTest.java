package com.publisherportal.common.ui;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class FormatsTest {

    @Test
    void percentagesFollowTheLanguage() {
        assertThat(Formats.percent(0.0687, 2, Locale.ENGLISH)).isEqualTo("6.87%");
        assertThat(Formats.percent(0.0687, 2, Locale.FRENCH)).isEqualTo("6,87\u00A0%");
        assertThat(Formats.percent(0.5, 0, Locale.FRENCH)).isEqualTo("50\u00A0%");
        assertThat(Formats.percent(0.5, 1, Locale.ENGLISH)).isEqualTo("50.0%");
    }

    @Test
    void decimalsAndMoneyFollowTheLanguage() {
        assertThat(Formats.decimal(1234.5, 2, Locale.ENGLISH)).isEqualTo("1,234.50");
        assertThat(Formats.decimal(1234.5, 2, Locale.FRENCH)).isEqualTo("1\u202F234,50");
        assertThat(Formats.money(new BigDecimal("1234.5"), "EUR", Locale.FRENCH)).isEqualTo("1\u202F234,50\u00A0€");
    }

    @Test
    void aRateHasOneDecimalInEnglishAndFrench() {
        assertThat(Formats.percent(0.069, 1, Locale.ENGLISH)).isEqualTo("6.9%");
        assertThat(Formats.percent(0.069, 1, Locale.FRENCH)).isEqualTo("6,9\u00A0%");
        assertThat(Formats.percent(0.2, 1, Locale.ENGLISH)).isEqualTo("20.0%");
        assertThat(Formats.percent(0.07204, 1, Locale.ENGLISH)).isEqualTo("7.2%");
        assertThat(Formats.percent(1.0, 0, Locale.FRENCH)).isEqualTo("100\u00A0%");
    }
}
