package com.publisherportal.operations;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import java.util.List;
import java.util.UUID;

class SchemaBaselineH2Test extends SchemaBaselineContract {

    @Override
    SingleConnectionDataSource connectToEmptyDatabase(String name) {
        return new SingleConnectionDataSource("jdbc:h2:mem:" + name + "-" + UUID.randomUUID(), "sa", "", true);
    }

    @Override
    String vendor() {
        return "h2";
    }

    @Override
    List<String> indexes(JdbcClient db) {
        return lines(db, "index", """
                SELECT LOWER(i.index_name) AS index_name, LOWER(i.table_name) AS table_name, i.index_type_name,
                       LOWER(c.column_name) AS column_name, c.ordinal_position, c.ordering_specification, c.null_ordering
                FROM information_schema.indexes i
                JOIN information_schema.index_columns c
                  ON c.index_schema = i.index_schema AND c.index_name = i.index_name AND c.table_name = i.table_name
                WHERE i.table_schema = CURRENT_SCHEMA AND LOWER(i.table_name) <> 'flyway_schema_history'""");
    }
}
