package com.publisherportal.common.export;

import java.util.function.Consumer;

/**
 * Rows handed over one at a time as the database reads them (e.g. a JdbcClient query with a
 * RowCallbackHandler), so an export never holds the whole result in memory.
 */
@FunctionalInterface
public interface RowSource<T> {

    void forEach(Consumer<? super T> consumer);
}
