package com.publisherportal.insights;

import com.publisherportal.insights.ui.InsightMeasure;
import com.publisherportal.insights.ui.InsightMeasure.Verdict;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/** A change is coloured by what it means to the publisher, not by its sign. */
class InsightMeasureTest {

    private static BigDecimal n(long v) {
        return BigDecimal.valueOf(v);
    }

    @Test
    void moreLostCustomersIsBadNewsAndFewerIsGood() {
        assertThat(InsightMeasure.LOST_CUSTOMERS.higherIsBetter()).isFalse();
        assertThat(InsightMeasure.LOST_CUSTOMERS.verdict(n(5), n(10))).isEqualTo(Verdict.BAD);
        assertThat(Verdict.BAD.className()).isEqualTo("insights-bad");
        assertThat(InsightMeasure.LOST_CUSTOMERS.verdict(n(10), n(5))).isEqualTo(Verdict.GOOD);
        assertThat(InsightMeasure.LOST_CUSTOMERS.verdict(n(5), n(5))).isEqualTo(Verdict.SAME);
    }

    @Test
    void moreOrdersCustomersVisitsAndRevenueAreGoodNews() {
        for (InsightMeasure m : new InsightMeasure[]{InsightMeasure.ORDERS, InsightMeasure.NEW_CUSTOMERS,
                InsightMeasure.PAGE_VISITS, InsightMeasure.REVENUE, InsightMeasure.CTA_RATE}) {
            assertThat(m.verdict(n(5), n(6))).as(m.name()).isEqualTo(Verdict.GOOD);
            assertThat(m.verdict(n(6), n(5))).as(m.name()).isEqualTo(Verdict.BAD);
        }
        assertThat(InsightMeasure.ORDERS.verdict(null, n(5))).isEqualTo(Verdict.SAME);
    }
}
