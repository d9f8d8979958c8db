package com.publisherportal.insights;

import com.publisherportal.campaigns.OfferSalesFigures;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** An offer's billed sales for the go-to-market benefits (campaigns), from the monthly aggregates. */
@Component
class InsightOfferSales implements OfferSalesFigures {

    private final InsightAggregateRepository aggregates;
    private final Clock clock;

    InsightOfferSales(InsightAggregateRepository aggregates, Clock clock) {
        this.aggregates = aggregates;
        this.clock = clock;
    }

    /** The last 12 whole and current months, as the 12-month range of the dashboards. */
    @Override
    @Transactional(readOnly = true)
    public BigDecimal billedSalesLastYear(long accountId, long offerId) {
        LocalDate next = LocalDate.now(clock.withZone(ZoneOffset.UTC)).withDayOfMonth(1).plusMonths(1);
        InsightSlice slice = new InsightSlice(null, null, null, offerId, null, CustomerType.ALL);
        return aggregates.monthly(accountId, next.minusMonths(12), next, slice).values().stream()
                .map(MonthFigures::revenue).filter(java.util.Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
