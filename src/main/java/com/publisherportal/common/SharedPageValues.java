package com.publisherportal.common;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads one page of rows for a grid so that the rows keep each distinct text and amount once.
 * A grid keeps the rows the browser holds (75 after a scroll) for as long as the page stays
 * open, and a report's rows repeat the same offer, plan, country and unit on every line, each
 * read as a string of its own; PostgreSQL's driver also gives every decimal a {@code BigInteger}
 * of its own, which a decimal of up to 18 digits does not need. An open usage report kept 69 KB
 * of rows this way (issue 20, bench/load/README.md). Only for pages: an export streams its rows
 * and keeps none, so it reads the result set as it is.
 */
public final class SharedPageValues {

    /** The most digits a decimal's unscaled value has when it fits in a {@code long}. */
    private static final int LONG_DIGITS = 18;

    private final Map<Object, Object> kept = new HashMap<>();
    private ResultSet source;
    private ResultSet sharing;

    /** {@code rows}, read through this page: its texts and decimals come back shared with the rows read before. */
    public ResultSet reading(ResultSet rows) {
        if (rows != source) {
            source = rows;
            sharing = (ResultSet) Proxy.newProxyInstance(ResultSet.class.getClassLoader(), new Class<?>[]{ResultSet.class},
                    (proxy, method, args) -> {
                        try {
                            return share(method.invoke(rows, args));
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }
        return sharing;
    }

    /** The value this page already holds equal to {@code value}, or {@code value} (a decimal made compact) kept for the next rows. */
    Object share(Object value) {
        Object shared = value instanceof BigDecimal decimal ? compact(decimal) : value;
        if (!(shared instanceof String) && !(shared instanceof BigDecimal)) {
            return value;
        }
        Object before = kept.putIfAbsent(shared, shared);
        return before == null ? shared : before;
    }

    /** The same decimal without a {@code BigInteger} when its unscaled value fits in a {@code long}. */
    static BigDecimal compact(BigDecimal decimal) {
        return decimal.precision() <= LONG_DIGITS
                ? BigDecimal.valueOf(decimal.unscaledValue().longValue(), decimal.scale()) : decimal;
    }
}
