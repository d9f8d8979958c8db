package com.publisherportal.insights;

import java.math.BigDecimal;
import java.time.YearMonth;

/** One month's figures of a slice, read from the monthly aggregates. */
public record MonthFigures(YearMonth month, long orders, long orderQuantity, long cancellations, long newCustomers,
                           long lostCustomers, BigDecimal usageHours, BigDecimal revenue, long pageVisits,
                           long callsToAction) {

    public static MonthFigures empty(YearMonth month) {
        return new MonthFigures(month, 0, 0, 0, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO, 0, 0);
    }

    public MonthFigures plus(MonthFigures o) {
        return new MonthFigures(month, orders + o.orders, orderQuantity + o.orderQuantity,
                cancellations + o.cancellations, newCustomers + o.newCustomers, lostCustomers + o.lostCustomers,
                usageHours.add(o.usageHours), revenue.add(o.revenue), pageVisits + o.pageVisits,
                callsToAction + o.callsToAction);
    }

    /** The same figures without revenue, for roles that may not see money. */
    public MonthFigures withoutRevenue() {
        return new MonthFigures(month, orders, orderQuantity, cancellations, newCustomers, lostCustomers, usageHours,
                null, pageVisits, callsToAction);
    }

    /** Call-to-action % of the month; null without visits. */
    public BigDecimal callToActionRate() {
        return VisitRow.rate(callsToAction, pageVisits);
    }
}
