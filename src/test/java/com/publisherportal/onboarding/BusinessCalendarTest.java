package com.publisherportal.onboarding;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Business-day arithmetic of the staff clocks, across weekends and holidays. */
class BusinessCalendarTest {

    @ParameterizedTest(name = "{0} + {1} business days = {2}")
    @CsvSource({
            // Friday 20 Nov 2026 + 3 → Wednesday 25 Nov (the issue's own example)
            "2026-11-20, 3, 2026-11-25",
            // Monday + 3 → Thursday, no weekend in between
            "2026-11-23, 3, 2026-11-26",
            // Saturday and Sunday submissions count from Monday
            "2026-11-21, 1, 2026-11-23",
            "2026-11-22, 1, 2026-11-23",
            // Two weeks of vetting: 10 business days
            "2026-11-20, 10, 2026-12-04",
            "2026-11-20, 0, 2026-11-20",
            // Across a year end (1 Jan 2027 is a Friday)
            "2026-12-30, 3, 2027-01-04"})
    void addsBusinessDaysSkippingWeekends(LocalDate from, int days, LocalDate expected) {
        assertThat(BusinessCalendar.addBusinessDays(from, days, Set.of())).isEqualTo(expected);
    }

    @Test
    void skipsPublicHolidays() {
        Set<LocalDate> holidays = Set.of(LocalDate.of(2026, 12, 25), LocalDate.of(2027, 1, 1));
        // Thursday 24 Dec + 3: Fri 25 (holiday), Mon 28, Tue 29, Wed 30
        assertThat(BusinessCalendar.addBusinessDays(LocalDate.of(2026, 12, 24), 3, holidays)).isEqualTo(LocalDate.of(2026, 12, 30));
        // Wednesday 30 Dec + 2: Thu 31, Fri 1 Jan (holiday), Mon 4
        assertThat(BusinessCalendar.addBusinessDays(LocalDate.of(2026, 12, 30), 2, holidays)).isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(BusinessCalendar.isBusinessDay(LocalDate.of(2026, 12, 25), holidays)).isFalse();
        assertThat(BusinessCalendar.isBusinessDay(LocalDate.of(2026, 12, 28), holidays)).isTrue();
    }

    @Test
    void refusesNegativeDays() {
        assertThatThrownBy(() -> BusinessCalendar.addBusinessDays(LocalDate.of(2026, 1, 1), -1, Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
