package com.publisherportal.insights;

import java.util.List;

/**
 * The summary dashboard: totals of the range and of the previous period, the monthly trend,
 * trending offers. {@code financial} says whether orders, usage and revenue were included
 * (they are left at zero/null for MARKETER).
 */
public record InsightSummary(InsightRange range, InsightSlice slice, boolean financial, MonthFigures current,
                             MonthFigures previous, List<MonthFigures> trend, List<TrendingOffer> trendingOffers) {
}
