package com.publisherportal.plans;

import java.util.Objects;

/** One price of a plan: its kind, and for a keyed kind the meter dimension or VM size it prices ("" otherwise). */
public record PricePoint(PriceKind kind, String key) {

    public PricePoint {
        Objects.requireNonNull(kind, "kind");
        key = key == null ? "" : key;
        if (kind.keyed() == key.isEmpty()) {
            throw new IllegalArgumentException(kind + (kind.keyed() ? " needs a key" : " takes no key"));
        }
    }

    public static PricePoint of(PriceKind kind) {
        return new PricePoint(kind, "");
    }
}
