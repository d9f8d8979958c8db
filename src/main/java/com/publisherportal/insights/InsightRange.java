package com.publisherportal.insights;

import com.publisherportal.common.ValidationException;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * A range of whole calendar months, {@code first} to {@code last} inclusive, at most twelve.
 * Presets end with the last COMPLETE month in the user's time zone, so "vs previous period"
 * compares like with like (the current month to date would always look like a drop).
 * Dates in the data are UTC calendar dates, as Partner Center reports them.
 */
public record InsightRange(YearMonth first, YearMonth last) {

    public static final int MAX_MONTHS = 12;

    public InsightRange {
        if (first == null || last == null) {
            throw new ValidationException("range", "insights.range.invalid");
        }
        if (last.isBefore(first)) {
            throw new ValidationException("range", "insights.range.reversed");
        }
        if (first.plusMonths(MAX_MONTHS - 1).isBefore(last)) {
            throw new ValidationException("range", "insights.range.too-long", MAX_MONTHS);
        }
    }

    /** The last {@code months} complete months before the month that contains {@code today}. */
    public static InsightRange lastMonths(int months, LocalDate today) {
        if (months < 1 || months > MAX_MONTHS) {
            throw new ValidationException("range", "insights.range.too-long", MAX_MONTHS);
        }
        YearMonth last = YearMonth.from(today).minusMonths(1);
        return new InsightRange(last.minusMonths(months - 1L), last);
    }

    public static InsightRange of(RangePreset preset, LocalDate today) {
        return lastMonths(preset == RangePreset.CUSTOM ? RangePreset.MONTHS_6.months() : preset.months(), today);
    }

    /** Today's date where the user is: decides which months are complete. */
    public static LocalDate today(Clock clock, ZoneId zone) {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    /** A custom range: the months the two dates fall in, inclusive. */
    public static InsightRange custom(LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            throw new ValidationException("range", "insights.range.invalid");
        }
        return new InsightRange(YearMonth.from(from), YearMonth.from(to));
    }

    public int monthCount() {
        return (int) (first.until(last, java.time.temporal.ChronoUnit.MONTHS) + 1);
    }

    /** The same number of months just before this range. */
    public InsightRange previous() {
        return new InsightRange(first.minusMonths(monthCount()), first.minusMonths(1));
    }

    /** First day of the range. */
    public LocalDate start() {
        return first.atDay(1);
    }

    /** First day after the range (exclusive end). */
    public LocalDate end() {
        return last.plusMonths(1).atDay(1);
    }

    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start()) && date.isBefore(end());
    }
}
