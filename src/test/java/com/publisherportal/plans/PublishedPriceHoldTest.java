package com.publisherportal.plans;

import com.publisherportal.plans.PlanCopies.CopiedPrice;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** How a published price carries a change until its date, across later publications. */
class PublishedPriceHoldTest {

    private static final LocalDate DEC_2 = LocalDate.of(2026, 12, 2);

    private static CopiedPrice price(String amount) {
        return CopiedPrice.of(PriceKind.FLAT_MONTHLY, "", new BigDecimal(amount));
    }

    @Test
    void anIncreaseHoldsTheOldPriceUntilTheFirstOfAMonthNinetyDaysOnAndADecreaseUntilNextMonth() {
        CopiedPrice increased = price("10").followedBy(price("12"), DEC_2);
        assertThat(increased.effectiveOn()).isEqualTo(LocalDate.of(2027, 4, 1));
        assertThat(increased.effective(LocalDate.of(2027, 3, 31))).isEqualByComparingTo("10");
        assertThat(increased.effective(LocalDate.of(2027, 4, 1))).isEqualByComparingTo("12");

        CopiedPrice decreased = price("10").followedBy(price("8"), DEC_2);
        assertThat(decreased.effectiveOn()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(decreased.effective(LocalDate.of(2026, 12, 31))).isEqualByComparingTo("10");
        assertThat(decreased.pending(LocalDate.of(2027, 1, 1))).isFalse();

        assertThat(price("10").followedBy(price("10.00"), DEC_2).held()).isNull();
    }

    @Test
    void publishingAgainWithoutTouchingAnAnnouncedPriceKeepsItsDate() {
        CopiedPrice increased = price("10").followedBy(price("12"), DEC_2);
        CopiedPrice republished = increased.followedBy(price("12"), LocalDate.of(2027, 1, 15));
        assertThat(republished).isEqualTo(increased);
        assertThat(increased.movingFrom(price("12"), LocalDate.of(2027, 1, 15))).isEqualByComparingTo("12");
        // After its date the price is simply the new one.
        assertThat(increased.followedBy(price("12"), LocalDate.of(2027, 5, 1)).held()).isNull();
    }

    @Test
    void aPriceChangedAgainBeforeItsDateStartsFromWhatCustomersPayToday() {
        CopiedPrice increased = price("10").followedBy(price("12"), DEC_2);
        // Back to a lower price than announced, still above today's: a new increase from 10, with a new notice.
        CopiedPrice changed = increased.followedBy(price("11"), LocalDate.of(2027, 1, 15));
        assertThat(changed.held()).isEqualByComparingTo("10");
        assertThat(changed.effectiveOn()).isEqualTo(LocalDate.of(2027, 5, 1));
        // Back to today's price: the announcement is withdrawn.
        CopiedPrice withdrawn = increased.followedBy(price("10"), LocalDate.of(2027, 1, 15));
        assertThat(withdrawn.held()).isNull();
        assertThat(withdrawn.amount()).isEqualByComparingTo("10");
    }
}
