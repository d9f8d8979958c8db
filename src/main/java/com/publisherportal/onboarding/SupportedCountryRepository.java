package com.publisherportal.onboarding;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.List;

@Repository
class SupportedCountryRepository {

    private final JdbcClient jdbc;

    SupportedCountryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<String> codes() {
        return jdbc.sql("SELECT code FROM supported_country ORDER BY code").query(String.class).list();
    }

    public boolean isSupported(String code) {
        return code != null && jdbc.sql("SELECT COUNT(*) FROM supported_country WHERE code = :code")
                .param("code", code).query(Integer.class).single() > 0;
    }
}
