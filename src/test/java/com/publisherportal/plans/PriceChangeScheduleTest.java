package com.publisherportal.plans;

import com.publisherportal.common.ValidationException.Violation;
import com.publisherportal.plans.PriceChangeSchedule.Direction;
import com.publisherportal.plans.PriceChangeSchedule.PriceMove;
import com.publisherportal.plans.PriceChangeSchedule.Schedule;
import com.publisherportal.plans.PriceChangeSchedule.ScheduledChange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The marketplace's dates for price changes: 90 days' notice then the 1st for increases, the next 1st for decreases. */
class PriceChangeScheduleTest {

    private static final Market US = new Market("US", "USD", BigDecimal.ONE, false);
    private static final Market FR = new Market("FR", "EUR", new BigDecimal("0.92"), true);
    private static final Market JP = new Market("JP", "JPY", new BigDecimal("150"), true);
    private static final PricePoint MONTHLY = PricePoint.of(PriceKind.FLAT_MONTHLY);
    private static final PricePoint EMAILS = new PricePoint(PriceKind.METER_UNIT, "emails");

    private static PriceMove move(Market market, PricePoint point, String oldPrice, String newPrice) {
        return new PriceMove(market, point, new BigDecimal(oldPrice), new BigDecimal(newPrice));
    }

    @ParameterizedTest(name = "published {0}: increase from {1}")
    @CsvSource({
            // 90 days after 1 December 2026 is 1 March 2027 itself: a 1st, so that day.
            "2026-12-01, 2027-03-01",
            // One day later the notice ends on 2 March: the next 1st.
            "2026-12-02, 2027-04-01",
            // 30 November + 90 = 28 February 2027 (not a leap year): 1 March.
            "2026-11-30, 2027-03-01",
            // Leap year: 2 December 2027 + 90 = 1 March 2028 (29 February counts).
            "2027-12-02, 2028-03-01",
            // On the leap day: + 90 = 29 May 2028.
            "2028-02-29, 2028-06-01",
            // Year end: 31 December 2026 + 90 = 31 March 2027.
            "2026-12-31, 2027-04-01",
            // 2 January 2027 + 90 = 2 April 2027.
            "2027-01-02, 2027-05-01",
            // 1 January 2028 + 90 = 31 March 2028 (leap February).
            "2028-01-01, 2028-04-01",
            // 2 January 2028 + 90 = 1 April 2028 itself, where 2 January 2027 above waits until 1 May.
            "2028-01-02, 2028-04-01",
            "2028-01-03, 2028-05-01"})
    void anIncreaseTakesEffectOnTheFirstOfAMonthAtLeast90DaysAfterPublishing(LocalDate published, LocalDate effective) {
        assertThat(PriceChangeSchedule.increaseEffectiveOn(published)).isEqualTo(effective);
        assertThat(effective.getDayOfMonth()).isEqualTo(1);
        assertThat(java.time.temporal.ChronoUnit.DAYS.between(published, effective)).isGreaterThanOrEqualTo(90);
    }

    @ParameterizedTest(name = "published {0}: decrease from {1}")
    @CsvSource({
            "2026-12-01, 2027-01-01",
            "2026-12-31, 2027-01-01",
            "2027-01-31, 2027-02-01",
            "2028-02-28, 2028-03-01",
            "2028-02-29, 2028-03-01",
            "2027-02-28, 2027-03-01"})
    void aDecreaseTakesEffectOnTheFirstOfTheNextMonth(LocalDate published, LocalDate effective) {
        assertThat(PriceChangeSchedule.decreaseEffectiveOn(published)).isEqualTo(effective);
    }

    @Test
    void aLivePlansChangesAreScheduledInDateOrderAndUnchangedPricesLeftOut() {
        Schedule schedule = PriceChangeSchedule.schedule(List.of(
                move(US, MONTHLY, "10.00", "12.00"),
                move(FR, MONTHLY, "9.20", "9.20"),
                move(JP, EMAILS, "38", "40"),
                move(JP, MONTHLY, "1500", "1800")), LocalDate.of(2026, 12, 15), true);

        assertThat(schedule.immediate()).isFalse();
        assertThat(schedule.allowed()).isTrue();
        LocalDate april = LocalDate.of(2027, 4, 1);
        assertThat(schedule.changes()).containsExactly(
                new ScheduledChange(JP, MONTHLY, new BigDecimal("1500"), new BigDecimal("1800"), april, Direction.INCREASE),
                new ScheduledChange(JP, EMAILS, new BigDecimal("38"), new BigDecimal("40"), april, Direction.INCREASE),
                new ScheduledChange(US, MONTHLY, new BigDecimal("10.00"), new BigDecimal("12.00"), april, Direction.INCREASE));
        assertThat(schedule.earliest()).contains(april);
        assertThat(schedule.latest()).contains(april);
    }

    @Test
    void decreasesComeNextMonth() {
        Schedule schedule = PriceChangeSchedule.schedule(List.of(
                move(FR, MONTHLY, "9.20", "8.99"),
                move(US, EMAILS, "0.25", "0.20")), LocalDate.of(2027, 1, 31), true);

        assertThat(schedule.changes()).extracting(ScheduledChange::effectiveOn, ScheduledChange::direction)
                .containsOnly(org.assertj.core.groups.Tuple.tuple(LocalDate.of(2027, 2, 1), Direction.DECREASE));
        assertThat(schedule.allowed()).isTrue();
    }

    @Test
    void anIncreaseAndADecreaseAtOnceAreRefusedOnALivePlanButScheduledToShowThem() {
        Schedule schedule = PriceChangeSchedule.schedule(List.of(
                move(FR, MONTHLY, "9.20", "8.99"),
                move(US, MONTHLY, "10.00", "11.00")), LocalDate.of(2026, 12, 1), true);

        assertThat(schedule.refusals()).extracting(Violation::field, Violation::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("", "pricing.schedule.mixed"));
        assertThat(schedule.earliest()).contains(LocalDate.of(2027, 1, 1));
        assertThat(schedule.latest()).contains(LocalDate.of(2027, 3, 1));
        assertThat(PricingTexts.forLocale(java.util.Locale.FRENCH).text(schedule.refusals().getFirst().messageKey()))
                .startsWith("Les prix d’un plan en ligne ne peuvent pas être augmentés et baissés");
    }

    @Test
    void aFreeLivePlanCannotBecomePaidButAFreeMeterOfAPaidPlanCan() {
        Schedule freePlan = PriceChangeSchedule.schedule(List.of(
                move(US, MONTHLY, "0", "5.00"),
                move(FR, MONTHLY, "0", "0")), LocalDate.of(2026, 12, 1), true);
        assertThat(freePlan.refusals()).extracting(Violation::field, Violation::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("", "pricing.schedule.free-to-paid"));

        Schedule freeMeter = PriceChangeSchedule.schedule(List.of(
                move(US, MONTHLY, "10.00", "10.00"),
                move(US, EMAILS, "0", "0.01")), LocalDate.of(2026, 12, 1), true);
        assertThat(freeMeter.allowed()).isTrue();

        Schedule notLive = PriceChangeSchedule.schedule(List.of(move(US, MONTHLY, "0", "5.00")), LocalDate.of(2026, 12, 1), false);
        assertThat(notLive.allowed()).isTrue();
    }

    @Test
    void aPlanNotLiveYetChangesAtOnceWhateverTheDirection() {
        LocalDate published = LocalDate.of(2028, 2, 29);
        Schedule schedule = PriceChangeSchedule.schedule(List.of(
                move(FR, MONTHLY, "9.20", "8.99"),
                move(US, MONTHLY, "10.00", "11.00")), published, false);

        assertThat(schedule.immediate()).isTrue();
        assertThat(schedule.allowed()).isTrue();
        assertThat(schedule.changes()).extracting(ScheduledChange::effectiveOn).containsOnly(published);
        assertThat(schedule.changes()).extracting(ScheduledChange::direction)
                .containsExactlyInAnyOrder(Direction.DECREASE, Direction.INCREASE);
    }

    @Test
    void nothingChangedSchedulesNothing() {
        Schedule schedule = PriceChangeSchedule.schedule(List.of(move(JP, MONTHLY, "1500", "1500.0")), LocalDate.of(2026, 12, 1), true);

        assertThat(schedule.changes()).isEmpty();
        assertThat(schedule.earliest()).isEmpty();
        assertThat(schedule.latest()).isEmpty();
        assertThat(schedule.allowed()).isTrue();
    }

    @Test
    void aWorkbookEditBecomesAMove() {
        var edit = new PricingWorkbook.PriceEdit(FR, MONTHLY, new BigDecimal("9.20"), new BigDecimal("9.49"), null, new BigDecimal("9.49"));

        assertThat(PriceMove.of(edit)).isEqualTo(move(FR, MONTHLY, "9.20", "9.49"));
    }
}
