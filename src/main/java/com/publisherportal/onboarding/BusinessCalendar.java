package com.publisherportal.onboarding;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Set;

/**
 * Staff service-level clocks in business days: Monday to Friday, minus the public holidays
 * staff keep in the database. A decision is due by the end of the Nth business day after
 * the day of submission, in the marketplace operations' time zone.
 */
@Component
public class BusinessCalendar {

    public static final int NOMINATION_DAYS = 3;
    /** The seller guide promises vetting within two weeks. */
    public static final int REGISTRATION_DAYS = 10;
    public static final int CERTIFICATION_DAYS = 5;

    private final PublicHolidayRepository holidays;
    private final Clock clock;
    private final ZoneId zone;

    BusinessCalendar(PublicHolidayRepository holidays, Clock clock, @Value("${portal.operations-zone:Europe/Paris}") String zone) {
        this.holidays = holidays;
        this.clock = clock;
        this.zone = ZoneId.of(zone);
    }

    public ZoneId zone() {
        return zone;
    }

    /** The last moment of the Nth business day after the day of {@code start}. */
    public Instant addBusinessDays(Instant start, int days) {
        LocalDate from = start.atZone(zone).toLocalDate();
        Set<LocalDate> closed = new HashSet<>(holidays.datesBetween(from, from.plusDays(days * 3L + 30)));
        LocalDate due = addBusinessDays(from, days, closed);
        return due.atTime(LocalTime.MAX).atZone(zone).toInstant();
    }

    public ClockStatus status(Instant dueAt) {
        Instant now = clock.instant();
        if (now.isAfter(dueAt)) {
            return ClockStatus.OVERDUE;
        }
        return now.atZone(zone).toLocalDate().equals(dueAt.atZone(zone).toLocalDate()) ? ClockStatus.DUE_TODAY
                : ClockStatus.ON_TIME;
    }

    /** The clock's status, with the business days an overdue item is late by (counted up to today). */
    public DueState dueState(Instant dueAt) {
        ClockStatus status = status(dueAt);
        if (status != ClockStatus.OVERDUE) {
            return new DueState(status, 0);
        }
        LocalDate due = dueAt.atZone(zone).toLocalDate();
        LocalDate today = clock.instant().atZone(zone).toLocalDate();
        Set<LocalDate> closed = new HashSet<>(holidays.datesBetween(due, today));
        return new DueState(status, Math.max(1, businessDaysBetween(due, today, closed)));
    }

    /** Business days after {@code from} up to and including {@code to}. */
    public static int businessDaysBetween(LocalDate from, LocalDate to, Set<LocalDate> holidays) {
        int days = 0;
        for (LocalDate date = from.plusDays(1); !date.isAfter(to); date = date.plusDays(1)) {
            if (isBusinessDay(date, holidays)) {
                days++;
            }
        }
        return days;
    }

    /** Pure business-day arithmetic, kept separate so it can be tested on its own. */
    public static LocalDate addBusinessDays(LocalDate from, int days, Set<LocalDate> holidays) {
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative");
        }
        LocalDate date = from;
        int counted = 0;
        while (counted < days) {
            date = date.plusDays(1);
            if (isBusinessDay(date, holidays)) {
                counted++;
            }
        }
        return date;
    }

    public static boolean isBusinessDay(LocalDate date, Set<LocalDate> holidays) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !holidays.contains(date);
    }
}
