package com.publisherportal.onboarding;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.util.List;

@Repository
class PublicHolidayRepository {

    private final JdbcClient jdbc;

    PublicHolidayRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<LocalDate> datesBetween(LocalDate from, LocalDate to) {
        return jdbc.sql("SELECT holiday_date FROM public_holiday WHERE holiday_date BETWEEN :from AND :to")
                .param("from", from).param("to", to).query(LocalDate.class).list();
    }

    public List<PublicHoliday> all() {
        return jdbc.sql("SELECT id, holiday_date, name FROM public_holiday ORDER BY holiday_date")
                .query((rs, i) -> new PublicHoliday(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getString(3)))
                .list();
    }

    public boolean exists(LocalDate date) {
        return jdbc.sql("SELECT COUNT(*) FROM public_holiday WHERE holiday_date = :date").param("date", date)
                .query(Integer.class).single() > 0;
    }

    public void add(LocalDate date, String name) {
        jdbc.sql("INSERT INTO public_holiday (holiday_date, name) VALUES (:date, :name)")
                .param("date", date).param("name", name).update();
    }

    public int delete(long id) {
        return jdbc.sql("DELETE FROM public_holiday WHERE id = :id").param("id", id).update();
    }
}
