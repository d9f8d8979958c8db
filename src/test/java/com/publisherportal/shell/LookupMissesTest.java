package com.publisherportal.shell;

import com.vaadin.flow.di.Lookup;
import org.junit.jupiter.api.Test;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class LookupMissesTest {

    /** Vaadin's own lookup, counting how often it is asked; it knows two services, a String and a Double. */
    static final class CountingLookup implements Lookup {
        final Map<Class<?>, Integer> asked = new HashMap<>();

        @Override
        public <T> T lookup(Class<T> type) {
            asked.merge(type, 1, Integer::sum);
            return type == String.class ? type.cast("found") : type == Double.class ? type.cast(1.5) : null;
        }

        @Override
        public <T> Collection<T> lookupAll(Class<T> type) {
            asked.merge(type, 1, Integer::sum);
            return Collections.emptyList();
        }
    }

    @Test
    void aServiceNotFoundIsAskedForOnceAndAFoundOneEveryTime() {
        CountingLookup vaadins = new CountingLookup();
        Lookup lookup = new LookupMisses(vaadins);

        for (int i = 0; i < 3; i++) {
            assertThat(lookup.lookup(Integer.class)).isNull();
            assertThat(lookup.lookup(String.class)).isEqualTo("found");
            assertThat(lookup.lookupAll(Long.class)).isEmpty();
        }
        assertThat(vaadins.asked).containsExactlyInAnyOrderEntriesOf(Map.of(Integer.class, 1, String.class, 3, Long.class, 3));
    }

    @Test
    void aServiceThatStaysTheSameForTheRunIsAskedForOnce() {
        CountingLookup vaadins = new CountingLookup();
        Lookup lookup = new LookupMisses(vaadins, Set.of(Double.class));

        for (int i = 0; i < 3; i++) {
            assertThat(lookup.lookup(Double.class)).isEqualTo(1.5);
            assertThat(lookup.lookup(String.class)).isEqualTo("found");
        }
        // String, not on the list, is asked for every time.
        assertThat(vaadins.asked).containsExactlyInAnyOrderEntriesOf(Map.of(Double.class, 1, String.class, 3));
    }
}
