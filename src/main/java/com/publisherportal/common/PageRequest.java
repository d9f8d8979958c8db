package com.publisherportal.common;

import java.util.List;

/**
 * One page of a lazily loaded grid: offset, limit and the requested sort, resolved to SQL
 * by each repository against its own whitelist of sortable columns.
 */
public record PageRequest(int offset, int limit, List<Sort> sorts) {

    public record Sort(String property, boolean ascending) {
    }

    public PageRequest {
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset and limit must not be negative");
        }
        limit = Math.min(limit, 10_000);
        sorts = List.copyOf(sorts);
    }

    public static PageRequest of(int offset, int limit) {
        return new PageRequest(offset, limit, List.of());
    }

    /**
     * ORDER BY clause from the whitelist (grid property → SQL expression), with a unique
     * tiebreaker so paging is stable.
     */
    public String orderBy(java.util.Map<String, String> sortable, String defaultOrder, String tiebreaker) {
        StringBuilder sql = new StringBuilder();
        for (Sort sort : sorts) {
            String column = sortable.get(sort.property());
            if (column != null) {
                sql.append(sql.isEmpty() ? "" : ", ").append(column).append(sort.ascending() ? " ASC" : " DESC");
            }
        }
        if (sql.isEmpty()) {
            sql.append(defaultOrder);
        }
        return " ORDER BY " + sql + ", " + tiebreaker + " LIMIT " + limit + " OFFSET " + offset;
    }
}
