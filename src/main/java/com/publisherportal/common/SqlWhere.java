package com.publisherportal.common;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The WHERE clause of a dynamically filtered query and its named parameters, built condition by
 * condition; the repositories that filter grids, exports and dashboards share it. Values always
 * travel as parameters: only the repositories' own column expressions and fixed SQL become part
 * of the statement.
 *
 * <pre>
 * SqlWhere where = new SqlWhere()
 *         .and("l.account_id = :accountId", "accountId", accountId)
 *         .equal("l.source", "source", filter.source())
 *         .containsIgnoringCase("search", filter.search(), "l.company", "l.email");
 * jdbc.sql(SELECT + where.sql() + order).params(where.params())
 * </pre>
 */
public final class SqlWhere {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> params;

    public SqlWhere() {
        this(new HashMap<>());
    }

    private SqlWhere(Map<String, Object> params) {
        this.params = params;
    }

    /** A fixed condition. */
    public SqlWhere and(String condition) {
        conditions.add(condition);
        return this;
    }

    /** A condition with one named parameter. */
    public SqlWhere and(String condition, String param, Object value) {
        conditions.add(condition);
        params.put(param, value);
        return this;
    }

    /** {@code column = :param}; nothing when the column (not filtered here) or the value (no filter) is null. */
    public SqlWhere equal(String column, String param, Object value) {
        if (column != null && value != null) {
            and(column + " = :" + param, param, value);
        }
        return this;
    }

    /**
     * {@code expression LIKE :param} with the text anywhere (LIKE's wildcards in it taken
     * literally), for an expression that is lower case already; nothing for blank text.
     */
    public SqlWhere contains(String expression, String param, String text) {
        if (text != null && !text.isBlank()) {
            and(expression + " LIKE :" + param, param, SqlText.containsPattern(text));
        }
        return this;
    }

    /**
     * The text anywhere in any of the columns, ignoring case: {@code (LOWER(a) LIKE :param OR
     * LOWER(b) LIKE :param)}; nothing for blank text or no columns.
     */
    public SqlWhere containsIgnoringCase(String param, String text, List<String> columns) {
        if (text == null || text.isBlank() || columns.isEmpty()) {
            return this;
        }
        List<String> likes = columns.stream().map(c -> "LOWER(" + c + ") LIKE :" + param).toList();
        String condition = likes.size() == 1 ? likes.getFirst() : "(" + String.join(" OR ", likes) + ")";
        return and(condition, param, SqlText.containsPattern(text));
    }

    /** {@link #containsIgnoringCase(String, String, List)} over the given columns. */
    public SqlWhere containsIgnoringCase(String param, String text, String... columns) {
        return containsIgnoringCase(param, text, List.of(columns));
    }

    /** A parameter that fixed SQL around the clause (or a later condition) uses. */
    public SqlWhere param(String name, Object value) {
        params.put(name, value);
        return this;
    }

    /**
     * An empty clause for a sub-query (e.g. inside {@code EXISTS (…)}) whose parameters go to
     * this clause's parameters.
     */
    public SqlWhere nested() {
        return new SqlWhere(params);
    }

    public boolean isEmpty() {
        return conditions.isEmpty();
    }

    /** {@code " WHERE a AND b"}, or nothing without conditions. */
    public String sql() {
        return conditions.isEmpty() ? "" : " WHERE " + conditions();
    }

    /** {@code "a AND b"}: the conditions alone, for a sub-query. */
    public String conditions() {
        return String.join(" AND ", conditions);
    }

    public Map<String, Object> params() {
        return Collections.unmodifiableMap(params);
    }
}
