package com.publisherportal.plans;

import com.publisherportal.common.Translatable;
import com.publisherportal.common.ValidationException.Violation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * When new prices of a plan take effect, by the marketplace's rules for a live plan (domain
 * notes §10): a decrease on the 1st of the month after it is published; an increase on the 1st of
 * the first month that starts at least 90 days after it is published (published 1 December 2026:
 * 1 March 2027, exactly 90 days later; published 2 December 2026: 1 April 2027). On a live plan a
 * free plan (every old price 0) does not become paid, and increases and decreases are not
 * published at once: those come back as refusals. Pass every price of the plan, unchanged ones
 * too, so that a free plan is told from a plan with a free meter. A plan that is not live yet has no customers to protect: its changes
 * apply at once, on the publish date. Pure: dates in, dates out.
 */
public final class PriceChangeSchedule {

    /** Customers are told of an increase at least this long before it applies. */
    public static final int INCREASE_NOTICE_DAYS = 90;

    private PriceChangeSchedule() {
    }

    public enum Direction implements Translatable {
        INCREASE, DECREASE;

        @Override
        public String messageKey() {
            return this == INCREASE ? "pricing.schedule.increase" : "pricing.schedule.decrease";
        }
    }

    /** A price of a plan in a market before and after the change (effective prices, in the market's currency). */
    public record PriceMove(Market market, PricePoint point, BigDecimal oldPrice, BigDecimal newPrice) {
        public PriceMove {
            Objects.requireNonNull(market, "market");
            Objects.requireNonNull(point, "point");
            Objects.requireNonNull(oldPrice, "oldPrice");
            Objects.requireNonNull(newPrice, "newPrice");
            if (oldPrice.signum() < 0 || newPrice.signum() < 0) {
                throw new IllegalArgumentException("A price is not negative");
            }
        }

        /** The move a pricing workbook's edit makes. */
        public static PriceMove of(PricingWorkbook.PriceEdit edit) {
            return new PriceMove(edit.market(), edit.point(), edit.oldEffective(), edit.newEffective());
        }
    }

    /** A change of price and the day it takes effect. */
    public record ScheduledChange(Market market, PricePoint point, BigDecimal oldPrice, BigDecimal newPrice,
                                  LocalDate effectiveOn, Direction direction) {
    }

    /**
     * The changes in order of their dates (unchanged prices left out); {@code immediate} when the
     * plan is not live, so everything applies on publishing (show {@code pricing.schedule.now});
     * refusals (field "", for the whole plan) when the rules forbid the publication.
     */
    public record Schedule(boolean immediate, List<ScheduledChange> changes, List<Violation> refusals) {
        public Schedule {
            changes = List.copyOf(changes);
            refusals = List.copyOf(refusals);
        }

        public Optional<LocalDate> earliest() {
            return changes.stream().map(ScheduledChange::effectiveOn).min(Comparator.naturalOrder());
        }

        public Optional<LocalDate> latest() {
            return changes.stream().map(ScheduledChange::effectiveOn).max(Comparator.naturalOrder());
        }

        public boolean allowed() {
            return refusals.isEmpty();
        }
    }

    public static Schedule schedule(List<PriceMove> moves, LocalDate publishedOn, boolean live) {
        Objects.requireNonNull(publishedOn, "publishedOn");
        List<ScheduledChange> changes = new ArrayList<>();
        List<Violation> refusals = new ArrayList<>();
        for (PriceMove move : moves) {
            int comparison = move.newPrice().compareTo(move.oldPrice());
            if (comparison == 0) {
                continue;
            }
            Direction direction = comparison > 0 ? Direction.INCREASE : Direction.DECREASE;
            LocalDate effectiveOn = !live ? publishedOn
                    : direction == Direction.INCREASE ? increaseEffectiveOn(publishedOn) : decreaseEffectiveOn(publishedOn);
            changes.add(new ScheduledChange(move.market(), move.point(), move.oldPrice(), move.newPrice(), effectiveOn, direction));
        }
        if (live && changes.stream().map(ScheduledChange::direction).distinct().count() > 1) {
            refusals.add(new Violation("", "pricing.schedule.mixed"));
        }
        boolean wasFree = moves.stream().allMatch(move -> move.oldPrice().signum() == 0);
        if (live && !moves.isEmpty() && wasFree && !changes.isEmpty()) {
            refusals.add(new Violation("", "pricing.schedule.free-to-paid"));
        }
        changes.sort(Comparator.comparing(ScheduledChange::effectiveOn)
                .thenComparing(change -> change.market().code())
                .thenComparing(change -> change.point().kind())
                .thenComparing(change -> change.point().key()));
        return new Schedule(!live, changes, refusals);
    }

    /** The 1st of the first month starting at least {@value #INCREASE_NOTICE_DAYS} days after publishing. */
    public static LocalDate increaseEffectiveOn(LocalDate publishedOn) {
        LocalDate noticeEnds = publishedOn.plusDays(INCREASE_NOTICE_DAYS);
        return noticeEnds.getDayOfMonth() == 1 ? noticeEnds : noticeEnds.with(TemporalAdjusters.firstDayOfNextMonth());
    }

    /** The 1st of the month after publishing (published on a 1st: the next month's). */
    public static LocalDate decreaseEffectiveOn(LocalDate publishedOn) {
        return publishedOn.with(TemporalAdjusters.firstDayOfNextMonth());
    }
}
