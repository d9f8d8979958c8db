package com.publisherportal.common;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The WHERE, ORDER BY and paging builders the repositories share. */
class SqlBuildersTest {

    @Test
    void optionalConditionsAreLeftOutAndValuesOnlyTravelAsParameters() {
        SqlWhere where = new SqlWhere()
                .and("l.account_id = :accountId", "accountId", 7L)
                .equal("l.source", "source", null)
                .equal(null, "market", "FR")
                .equal("l.action", "action", "CONTACT_ME")
                .contains("l.search_text", "search", "  ")
                .containsIgnoringCase("q", null, "a.name");
        assertThat(where.sql()).isEqualTo(" WHERE l.account_id = :accountId AND l.action = :action");
        assertThat(where.params()).containsOnly(Map.entry("accountId", 7L), Map.entry("action", "CONTACT_ME"));
        assertThat(new SqlWhere().sql()).isEmpty();
    }

    @Test
    void aSearchTakesLikesWildcardsLiterallyAndOrsItsColumns() {
        SqlWhere where = new SqlWhere().containsIgnoringCase("q", "50%_Off", List.of("a.name", "a.id"))
                .contains("l.search_text", "s", "x");
        assertThat(where.sql()).isEqualTo(" WHERE (LOWER(a.name) LIKE :q OR LOWER(a.id) LIKE :q) AND l.search_text LIKE :s");
        assertThat(where.params()).containsEntry("q", "%50\\%\\_off%").containsEntry("s", "%x%");
        assertThat(new SqlWhere().containsIgnoringCase("q", "x", "a.name").sql()).isEqualTo(" WHERE LOWER(a.name) LIKE :q");
    }

    @Test
    void aNestedClauseSharesItsParentsParameters() {
        SqlWhere where = new SqlWhere().and("r.account_id = :a", "a", 1L);
        SqlWhere sub = where.nested().equal("o.sku", "sku", "gold").and("o.id > 0");
        where.and("EXISTS (SELECT 1 FROM o WHERE " + sub.conditions() + ")");
        assertThat(where.sql()).isEqualTo(" WHERE r.account_id = :a AND EXISTS (SELECT 1 FROM o WHERE o.sku = :sku AND o.id > 0)");
        assertThat(where.params()).containsOnlyKeys("a", "sku");
    }

    @Test
    void anOrderUsesTheWhitelistOnlyFallsBackToItsDefaultAndEndsWithTheTiebreaker() {
        SqlOrder order = new SqlOrder(Map.of("name", "a.name", "created", "a.created_at"), "a.created_at DESC", "a.id");
        assertThat(order.orderBy(List.of(SortKey.asc("name"), SortKey.desc("1; DROP TABLE x"), SortKey.desc("created"))))
                .isEqualTo(" ORDER BY a.name ASC, a.created_at DESC, a.id");
        assertThat(order.orderBy(List.of(SortKey.asc("unknown")))).isEqualTo(" ORDER BY a.created_at DESC, a.id");
        assertThat(order.orderBy(List.of(), "a.account_id")).isEqualTo(" ORDER BY a.account_id, a.created_at DESC, a.id");
    }

    @Test
    void anOrderTellsWhetherItReadsOnlyOneTableSoAQueryMayPageItBeforeJoining() {
        SqlOrder order = new SqlOrder(Map.of("created", "a.created_at", "account", "p.display_name",
                "nameCase", "LOWER(a.name)"), "a.created_at DESC", "a.id DESC");
        assertThat(order.readsOnly("a", List.of())).isTrue();
        assertThat(order.readsOnly("a", List.of(SortKey.asc("created"), SortKey.desc("unknown")))).isTrue();
        assertThat(order.readsOnly("a", List.of(SortKey.asc("created"), SortKey.desc("account")))).isFalse();
        assertThat(order.readsOnly("a", List.of(SortKey.asc("nameCase")))).isFalse();
        assertThat(order.readsOnly("p", List.of(SortKey.asc("account")))).isFalse();
        assertThat(new SqlOrder(Map.of(), "p.display_name", "a.id").readsOnly("a", List.of())).isFalse();
    }

    @Test
    void aRowWindowPagesAndIsCapped() {
        assertThat(RowWindow.of(40, 20).sql()).isEqualTo(" LIMIT 20 OFFSET 40");
        assertThat(RowWindow.of(0, 50_000).limit()).isEqualTo(RowWindow.MAX_LIMIT);
        assertThatThrownBy(() -> RowWindow.of(-1, 10)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aWindowNearerTheEndOfTheCountedRowsIsReadFromTheEnd() {
        // 100 rows counted: rows 80-89 are the 10 before the last 10, so 10 are skipped backwards.
        RowWindow late = RowWindow.of(80, 10).counted(100);
        assertThat(late.nearerTheEnd()).isTrue();
        assertThat(late.fromTheEnd().sql()).isEqualTo(" LIMIT 10 OFFSET 10");
        // The last window, cut at the end of the rows; past the end, nothing.
        assertThat(RowWindow.of(95, 10).counted(100).fromTheEnd().sql()).isEqualTo(" LIMIT 5 OFFSET 0");
        assertThat(RowWindow.of(120, 10).counted(100).fromTheEnd().sql()).isEqualTo(" LIMIT 0 OFFSET 0");
        // Nearer the start, or no count: read forwards.
        assertThat(RowWindow.of(40, 10).counted(100).nearerTheEnd()).isFalse();
        assertThat(RowWindow.of(45, 10).counted(100).nearerTheEnd()).isFalse();
        assertThat(RowWindow.of(46, 10).counted(100).nearerTheEnd()).isTrue();
        assertThat(RowWindow.of(80, 10).nearerTheEnd()).isFalse();
        assertThatThrownBy(() -> RowWindow.of(80, 10).fromTheEnd()).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> RowWindow.of(0, 10).counted(-2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aKeysetContinuesStrictlyAfterTheLastRowWithNullsAsTheHighestValue() {
        Keyset order = new Keyset(List.of(Keyset.Term.of("r.d", false, false), Keyset.Term.of("r.c", true, true),
                Keyset.Term.of("r.id", false, false)));
        assertThat(order.orderBy()).isEqualTo(" ORDER BY r.d DESC, r.c ASC NULLS LAST, r.id DESC");
        assertThat(order.selectKeys()).isEqualTo(", r.d AS keyset_0, r.c AS keyset_1, r.id AS keyset_2");
        assertThat(order.after(null, new SqlWhere()).sql()).isEmpty();

        SqlWhere afterValue = order.after(new Object[]{5, "x", 9L}, new SqlWhere());
        assertThat(afterValue.sql()).isEqualTo(" WHERE r.d <= :keysetAfter0 AND (r.d < :keysetAfter0"
                + " OR (r.d = :keysetAfter0 AND (r.c > :keysetAfter1 OR r.c IS NULL))"
                + " OR (r.d = :keysetAfter0 AND r.c = :keysetAfter1 AND r.id < :keysetAfter2))");
        assertThat(afterValue.params()).containsOnly(Map.entry("keysetAfter0", 5), Map.entry("keysetAfter1", "x"),
                Map.entry("keysetAfter2", 9L));

        // Nothing follows NULL ascending: only the id continues among the NULLs.
        assertThat(order.after(new Object[]{5, null, 9L}, new SqlWhere()).sql()).isEqualTo(
                " WHERE r.d <= :keysetAfter0 AND (r.d < :keysetAfter0"
                        + " OR (r.d = :keysetAfter0 AND r.c IS NULL AND r.id < :keysetAfter2))");

        Keyset descending = new Keyset(List.of(Keyset.Term.of("r.c", false, true), Keyset.Term.of("r.id", true, false)));
        assertThat(descending.orderBy()).isEqualTo(" ORDER BY r.c DESC NULLS FIRST, r.id ASC");
        assertThat(descending.after(new Object[]{null, 3L}, new SqlWhere()).sql())
                .isEqualTo(" WHERE (r.c IS NOT NULL OR (r.c IS NULL AND r.id > :keysetAfter1))");
        assertThatThrownBy(() -> new Keyset(List.of(Keyset.Term.of("r.c", true, true))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aReversedKeysetSortsEveryTermTheOtherWayWithNullsStillTheHighest() {
        Keyset order = new Keyset(List.of(Keyset.Term.of("r.d", false, false), Keyset.Term.of("r.c", true, true),
                Keyset.Term.of("r.e", false, true), Keyset.Term.of("r.id", false, false)));
        assertThat(order.reversed().orderBy())
                .isEqualTo(" ORDER BY r.d ASC, r.c DESC NULLS FIRST, r.e ASC NULLS LAST, r.id ASC");
        assertThat(order.reversed().reversed().orderBy()).isEqualTo(order.orderBy());
    }
}
