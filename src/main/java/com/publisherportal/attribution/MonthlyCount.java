package com.publisherportal.attribution;

import java.time.YearMonth;

/** New deployments counted under a tracking GUID in one month. */
public record MonthlyCount(YearMonth month, long deployments) {
}
