package com.publisherportal.common;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A total order over SQL expressions, ending with a unique, non-null tiebreaker (the row's id),
 * that a query can both sort by and continue after: the ORDER BY of a grid, and the keyset pages
 * of an export, which reads a large result in short statements of a few thousand rows each
 * ({@code ORDER BY … LIMIT n}, then the rows strictly after the last one read) instead of one
 * long-running read.
 *
 * <p>NULLs count as the highest value, on both databases: a nullable term is written
 * {@code ASC NULLS LAST} or {@code DESC NULLS FIRST} (PostgreSQL's default; H2's is the
 * opposite), and the keyset condition treats NULL the same way. Terms declared not nullable are
 * written without a NULLS clause, so the databases still read an index in that order.
 *
 * <pre>
 * Keyset order = new Keyset(List.of(Keyset.Term.desc("r.usage_date", false), Keyset.Term.desc("r.id", false)));
 * order.readPages(jdbc, "SELECT r.*" + order.selectKeys() + " FROM insight_usage r",
 *         last -> new SqlWhere().and("r.account_id = :a", "a", id), order.orderBy(), 20_000, mapper, consumer);
 * </pre>
 */
public final class Keyset {

    /** The column labels of the sort values a page selects, so the next page can continue after its last row. */
    private static final String KEY_LABEL = "keyset_";
    /** The parameters that carry the last row's sort values. */
    private static final String KEY_PARAM = "keysetAfter";

    /** One sort term: an SQL expression (never user input), its direction, and whether it can be NULL. */
    public record Term(String sql, boolean ascending, boolean nullable) {
        public Term {
            Objects.requireNonNull(sql, "sql");
        }

        public static Term of(String sql, boolean ascending, boolean nullable) {
            return new Term(sql, ascending, nullable);
        }

        String orderSql() {
            if (!nullable) {
                return sql + (ascending ? " ASC" : " DESC");
            }
            return sql + (ascending ? " ASC NULLS LAST" : " DESC NULLS FIRST");
        }
    }

    private final List<Term> terms;

    /** The terms in order; the last must be unique and not nullable (the row's id). */
    public Keyset(List<Term> terms) {
        if (terms.isEmpty() || terms.getLast().nullable()) {
            throw new IllegalArgumentException("A keyset ends with a unique, non-null tiebreaker");
        }
        this.terms = List.copyOf(terms);
    }

    public List<Term> terms() {
        return terms;
    }

    /** The exact reverse order: each term's direction flipped, NULLs still the highest value. */
    public Keyset reversed() {
        return new Keyset(terms.stream().map(term -> new Term(term.sql(), !term.ascending(), term.nullable())).toList());
    }

    /** {@code " ORDER BY t1 ASC, …, id DESC"}. */
    public String orderBy() {
        return " ORDER BY " + termsSql();
    }

    /**
     * The same ORDER BY behind leading terms that change no order (columns the WHERE pins to one
     * value), named so a database reads an index that leads with them.
     */
    public String orderBy(String leading) {
        return " ORDER BY " + leading + ", " + termsSql();
    }

    private String termsSql() {
        return String.join(", ", terms.stream().map(Term::orderSql).toList());
    }

    /** {@code ", t1 AS keyset_0, …"}: the sort values, to append to a page's select list. */
    public String selectKeys() {
        StringBuilder sql = new StringBuilder();
        for (int i = 0; i < terms.size(); i++) {
            sql.append(", ").append(terms.get(i).sql()).append(" AS ").append(KEY_LABEL).append(i);
        }
        return sql.toString();
    }

    /**
     * Reads every row of a query in keyset pages of {@code pageRows}, each page its own statement
     * continuing strictly after the previous page's last row, and hands the rows over in order.
     * {@code select} is the select list with {@link #selectKeys()} and the FROM clause; {@code where}
     * gives a page's conditions from the previous page's last sort values (null for the first page),
     * to which this adds {@link #after}; {@code orderBy} is this order's ORDER BY.
     */
    public <T> void readPages(JdbcClient jdbc, String select, Function<Object[], SqlWhere> where, String orderBy,
                              int pageRows, RowMapper<T> mapper, Consumer<? super T> consumer) {
        String pageOrder = orderBy + limit(pageRows);
        Object[][] last = {null};
        int[] read = {0};
        do {
            SqlWhere page = after(last[0], where.apply(last[0]));
            read[0] = 0;
            jdbc.sql(select + page.sql() + pageOrder).params(page.params()).query((ResultSet rs) -> {
                consumer.accept(mapper.mapRow(rs, read[0]++));
                if (read[0] == pageRows) {
                    last[0] = read(rs);  // only a full page has a next one, after its last row
                }
            });
        } while (read[0] == pageRows);
    }

    /** The sort values of the current row of a page selected with {@link #selectKeys()}. */
    private Object[] read(ResultSet rs) throws SQLException {
        Object[] values = new Object[terms.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = rs.getObject(KEY_LABEL + i);
        }
        return values;
    }

    /**
     * Keeps only the rows strictly after the row whose sort values are {@code last} (nothing when
     * {@code last} is null: the first page). Written as {@code t1 after v1 OR (t1 = v1 AND t2
     * after v2) OR …}, with NULL as the highest value, plus a plain bound on a non-nullable first
     * term so that an index on it starts where the previous page ended.
     */
    public SqlWhere after(Object[] last, SqlWhere where) {
        if (last == null) {
            return where;
        }
        if (last.length != terms.size()) {
            throw new IllegalArgumentException("Expected " + terms.size() + " sort values");
        }
        List<String> alternatives = new ArrayList<>();
        List<String> equalBefore = new ArrayList<>();
        for (int i = 0; i < terms.size(); i++) {
            Term term = terms.get(i);
            Object value = last[i];
            String param = KEY_PARAM + i;
            if (value != null) {
                where.param(param, value);
            } else if (!term.nullable()) {
                throw new IllegalArgumentException("NULL sort value for the non-nullable " + term.sql());
            }
            String beyond = beyond(term, value, param);
            if (beyond != null) {
                List<String> conditions = new ArrayList<>(equalBefore);
                conditions.add(beyond);
                alternatives.add(conditions.size() == 1 ? conditions.getFirst()
                        : "(" + String.join(" AND ", conditions) + ")");
            }
            equalBefore.add(value == null ? term.sql() + " IS NULL" : term.sql() + " = :" + param);
        }
        Term first = terms.getFirst();
        if (!first.nullable() && terms.size() > 1) {
            where.and(first.sql() + (first.ascending() ? " >= :" : " <= :") + KEY_PARAM + 0);
        }
        // The tiebreaker is never NULL, so there is always at least one alternative.
        return where.and("(" + String.join(" OR ", alternatives) + ")");
    }

    /** The condition "strictly after {@code value} in this term's order", or null when nothing is. */
    private static String beyond(Term term, Object value, String param) {
        String sql = term.sql();
        if (!term.nullable()) {
            return sql + (term.ascending() ? " > :" : " < :") + param;
        }
        if (term.ascending()) {
            // NULLS LAST: after a value come greater values and NULLs; nothing comes after NULL.
            return value == null ? null : "(" + sql + " > :" + param + " OR " + sql + " IS NULL)";
        }
        // NULLS FIRST: after NULL come all values; after a value, the smaller ones.
        return value == null ? sql + " IS NOT NULL" : sql + " < :" + param;
    }

    /** The paging clause of one keyset page. */
    private static String limit(int rows) {
        if (rows <= 0) {
            throw new IllegalArgumentException("rows must be positive");
        }
        return " LIMIT " + rows;
    }
}
