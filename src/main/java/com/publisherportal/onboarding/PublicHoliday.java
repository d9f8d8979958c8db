package com.publisherportal.onboarding;

import java.time.LocalDate;

/** A day on which staff clocks do not run. */
public record PublicHoliday(long id, LocalDate date, String name) {
}
