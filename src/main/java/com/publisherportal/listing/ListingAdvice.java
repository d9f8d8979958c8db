package com.publisherportal.listing;

import com.publisherportal.common.Translatable;

import java.util.List;

/**
 * The listing advisor's verdict on one listing: a score out of 100 and each piece of advice with
 * its weight, whether this listing follows it, why (on this listing's own text and media) and what
 * to change. Advice only: it never blocks a submission.
 */
public record ListingAdvice(int score, List<Item> items) {

    public ListingAdvice {
        if (score < 0 || score > 100) {
            throw new IllegalArgumentException("A score is out of 100: " + score);
        }
        items = List.copyOf(items);
    }

    public List<Item> failed() {
        return items.stream().filter(i -> !i.passed()).toList();
    }

    public Item item(ListingAdvisor.Check check) {
        return items.stream().filter(i -> i.check() == check).findFirst().orElseThrow();
    }

    /** One piece of advice; {@code change} is what to do, or none when it passed. */
    public record Item(ListingAdvisor.Check check, int weight, boolean passed, Text reason, Text change) {
        public Item {
            if (check == null || reason == null || weight <= 0) {
                throw new IllegalArgumentException("Advice names its check, weight and reason");
            }
            if (!passed && change == null) {
                throw new IllegalArgumentException("Failed advice says what to change");
            }
        }
    }

    /** A text of the advice in the reader's language: a bundle key and its arguments (plain values, never markup). */
    public record Text(String messageKey, List<Object> args) implements Translatable {
        public Text {
            args = List.copyOf(args);
        }

        public static Text of(String key, Object... args) {
            return new Text(key, List.of(args));
        }

        @Override
        public Object[] arguments() {
            return args.toArray();
        }
    }
}
