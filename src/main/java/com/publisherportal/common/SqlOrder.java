package com.publisherportal.common;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How a query may be ordered: the whitelist of sortable properties (property → SQL expression),
 * the order when none of the requested keys is known, and a unique tiebreaker so that paging is
 * stable. Requested keys outside the whitelist are ignored, so a sort request cannot inject SQL.
 * Paging is not part of it: append {@link RowWindow#sql()} where a query pages.
 */
public record SqlOrder(Map<String, String> sortable, String defaultOrder, String tiebreaker) {

    public SqlOrder {
        sortable = Map.copyOf(sortable);
        Objects.requireNonNull(defaultOrder, "defaultOrder");
        Objects.requireNonNull(tiebreaker, "tiebreaker");
    }

    /** {@code " ORDER BY <requested keys or the default>, <tiebreaker>"}. */
    public String orderBy(List<SortKey> keys) {
        return " ORDER BY " + terms(keys) + ", " + tiebreaker;
    }

    /**
     * The same ORDER BY behind leading terms that change no order, e.g. columns the WHERE pins to
     * one value, named so a database reads an index that leads with them.
     */
    public String orderBy(List<SortKey> keys, String leading) {
        return " ORDER BY " + leading + ", " + terms(keys) + ", " + tiebreaker;
    }

    /**
     * Whether this order, for these requested keys, reads only columns of one table alias, so a
     * query may pick its page from that table before joining it to others. An expression that does
     * not start with {@code alias.} (a joined column, a function) counts as outside.
     */
    public boolean readsOnly(String alias, List<SortKey> keys) {
        String prefix = alias + ".";
        for (String term : (terms(keys) + ", " + tiebreaker).split(",")) {
            if (!term.strip().startsWith(prefix)) {
                return false;
            }
        }
        return true;
    }

    private String terms(List<SortKey> keys) {
        StringBuilder sql = new StringBuilder();
        for (SortKey key : keys) {
            String column = sortable.get(key.property());
            if (column != null) {
                sql.append(sql.isEmpty() ? "" : ", ").append(column).append(key.ascending() ? " ASC" : " DESC");
            }
        }
        return sql.isEmpty() ? defaultOrder : sql.toString();
    }
}
