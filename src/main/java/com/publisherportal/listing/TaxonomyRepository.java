package com.publisherportal.listing;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.List;

/** The category, industry and vertical taxonomies the editor offers (names come from the I18N bundles). */
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

    public List<Vertical> verticals() {
        return jdbc.sql("""
                        SELECT v.code, v.industry_code FROM listing_vertical v
                        JOIN listing_industry i ON i.code = v.industry_code
                        ORDER BY i.sort_order, v.sort_order""")
                .query((rs, n) -> new Vertical(rs.getString(1), rs.getString(2))).list();
    }
}
