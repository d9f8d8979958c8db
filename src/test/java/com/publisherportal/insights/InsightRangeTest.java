package com.publisherportal.insights;

import com.publisherportal.common.ValidationException;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Range arithmetic: complete months, previous periods, month ends, leap years, time zones. */
class InsightRangeTest {

    @Test
    void presetsEndWithTheLastCompleteMonth() {
        InsightRange six = InsightRange.lastMonths(6, LocalDate.of(2026, 5, 17));
        assertThat(six.first()).isEqualTo(YearMonth.of(2025, 11));
        assertThat(six.last()).isEqualTo(YearMonth.of(2026, 4));
        assertThat(six.start()).isEqualTo(LocalDate.of(2025, 11, 1));
        assertThat(six.end()).isEqualTo(LocalDate.of(2026, 5, 1));
        assertThat(six.monthCount()).isEqualTo(6);
        assertThat(six.months()).hasSize(6).startsWith(YearMonth.of(2025, 11)).endsWith(YearMonth.of(2026, 4));
        // On the first day of a month the month before is complete; on its last day it is not yet.
        assertThat(InsightRange.lastMonths(1, LocalDate.of(2026, 3, 1)).last()).isEqualTo(YearMonth.of(2026, 2));
        assertThat(InsightRange.lastMonths(1, LocalDate.of(2026, 3, 31)).last()).isEqualTo(YearMonth.of(2026, 2));
        assertThat(InsightRange.of(RangePreset.CUSTOM, LocalDate.of(2026, 3, 31)).monthCount()).isEqualTo(6);
    }

    @Test
    void thePreviousPeriodIsTheSameNumberOfMonthsJustBefore() {
        InsightRange twelve = InsightRange.lastMonths(12, LocalDate.of(2026, 1, 10));
        assertThat(twelve.first()).isEqualTo(YearMonth.of(2025, 1));
        assertThat(twelve.last()).isEqualTo(YearMonth.of(2025, 12));
        InsightRange previous = twelve.previous();
        assertThat(previous.first()).isEqualTo(YearMonth.of(2024, 1));
        assertThat(previous.last()).isEqualTo(YearMonth.of(2024, 12));
        assertThat(previous.end()).isEqualTo(twelve.start());
        // Across a year boundary.
        InsightRange three = InsightRange.lastMonths(3, LocalDate.of(2026, 2, 2));
        assertThat(three.first()).isEqualTo(YearMonth.of(2025, 11));
        assertThat(three.previous().first()).isEqualTo(YearMonth.of(2025, 8));
        assertThat(three.previous().last()).isEqualTo(YearMonth.of(2025, 10));
    }

    @Test
    void februaryOfALeapYearHas29DaysInTheRange() {
        InsightRange february = InsightRange.lastMonths(1, LocalDate.of(2024, 3, 15));
        assertThat(february.start()).isEqualTo(LocalDate.of(2024, 2, 1));
        assertThat(february.end()).isEqualTo(LocalDate.of(2024, 3, 1));
        assertThat(february.contains(LocalDate.of(2024, 2, 29))).isTrue();
        assertThat(february.contains(LocalDate.of(2024, 3, 1))).isFalse();
        assertThat(february.contains(LocalDate.of(2024, 1, 31))).isFalse();
        assertThat(java.time.temporal.ChronoUnit.DAYS.between(february.start(), february.end())).isEqualTo(29);
        InsightRange nonLeap = InsightRange.lastMonths(1, LocalDate.of(2025, 3, 15));
        assertThat(java.time.temporal.ChronoUnit.DAYS.between(nonLeap.start(), nonLeap.end())).isEqualTo(28);
        // Custom range from a 29 February: whole months.
        InsightRange custom = InsightRange.custom(LocalDate.of(2024, 2, 29), LocalDate.of(2025, 1, 31));
        assertThat(custom.monthCount()).isEqualTo(12);
        assertThat(custom.start()).isEqualTo(LocalDate.of(2024, 2, 1));
        assertThat(custom.previous().first()).isEqualTo(YearMonth.of(2023, 2));
    }

    @Test
    void whichMonthsAreCompleteDependsOnTheUsersTimeZone() {
        // 29 Feb 2024, 23:30 UTC is already 1 March in Paris and still 29 February in New York.
        Clock clock = Clock.fixed(Instant.parse("2024-02-29T23:30:00Z"), ZoneOffset.UTC);
        LocalDate paris = InsightRange.today(clock, ZoneId.of("Europe/Paris"));
        LocalDate newYork = InsightRange.today(clock, ZoneId.of("America/New_York"));
        assertThat(paris).isEqualTo(LocalDate.of(2024, 3, 1));
        assertThat(InsightRange.lastMonths(1, paris).last()).isEqualTo(YearMonth.of(2024, 2));
        assertThat(InsightRange.lastMonths(1, newYork).last()).isEqualTo(YearMonth.of(2024, 1));
        assertThat(InsightRange.lastMonths(1, InsightRange.today(clock, ZoneOffset.UTC)).last()).isEqualTo(YearMonth.of(2024, 1));
        // Across a year in Tokyo.
        Clock newYear = Clock.fixed(Instant.parse("2025-12-31T16:00:00Z"), ZoneOffset.UTC);
        assertThat(InsightRange.lastMonths(1, InsightRange.today(newYear, ZoneId.of("Asia/Tokyo"))).last())
                .isEqualTo(YearMonth.of(2025, 12));
    }

    @Test
    void aCustomRangeCoversAtMostTwelveMonthsInOrder() {
        assertThat(InsightRange.custom(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)).monthCount()).isEqualTo(12);
        assertThatThrownBy(() -> InsightRange.custom(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 1)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("insights.range.too-long");
        assertThatThrownBy(() -> InsightRange.custom(LocalDate.of(2025, 5, 1), LocalDate.of(2025, 4, 30)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("insights.range.reversed");
        assertThatThrownBy(() -> InsightRange.custom(null, LocalDate.of(2025, 4, 30)))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> InsightRange.lastMonths(13, LocalDate.of(2025, 4, 30)))
                .isInstanceOf(ValidationException.class);
        assertThat(InsightRange.custom(LocalDate.of(2025, 4, 10), LocalDate.of(2025, 4, 12)).monthCount()).isEqualTo(1);
    }

    @Test
    void aSliceValidatesItself() {
        assertThat(new InsightSlice(" fr ", null, null, null, " ", null).market()).isEqualTo("FR");
        assertThat(new InsightSlice(null, null, null, null, " ", null).sku()).isNull();
        assertThat(InsightSlice.all().customerType()).isEqualTo(CustomerType.ALL);
        assertThatThrownBy(() -> InsightSlice.all().withMarket("France")).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> InsightSlice.all().withMarket("1'")).isInstanceOf(ValidationException.class);
        assertThat(AzureLicenseType.parse("pay as you go")).contains(AzureLicenseType.PAY_AS_YOU_GO);
        assertThat(MarketplaceLicenseType.parse("BRING_YOUR_OWN_LICENSE")).contains(MarketplaceLicenseType.BRING_YOUR_OWN_LICENSE);
        assertThat(VisitRow.rate(3, 0)).isNull();
        assertThat(VisitRow.rate(1, 3)).isEqualByComparingTo("33.33");
    }
}
