package com.publisherportal.listing;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.List;

/** The category and industry taxonomies the editor offers (names come from the I18N bundles). */
@Repository
class TaxonomyRepository {

    private final JdbcClient jdbc;

    TaxonomyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<String> categories() {
        return jdbc.sql("SELECT code FROM listing_category ORDER BY sort_order").query(String.class).list();
    }

    public List<String> industries() {
        return jdbc.sql("SELECT code FROM listing_industry ORDER BY sort_order").query(String.class).list();
    }
}
