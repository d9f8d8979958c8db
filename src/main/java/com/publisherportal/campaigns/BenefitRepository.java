package com.publisherportal.campaigns;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The go-to-market benefit catalogue (migration V21). */
@Repository
class BenefitRepository {

    private final JdbcClient jdbc;

    BenefitRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Benefit> all() {
        return jdbc.sql("SELECT * FROM gtm_benefit ORDER BY sort_order, code").query(BenefitRepository::row).list();
    }

    boolean codeTaken(String code, Long exceptId) {
        return jdbc.sql("SELECT id FROM gtm_benefit WHERE code = :code").param("code", code).query(Long.class).list()
                .stream().anyMatch(id -> !id.equals(exceptId));
    }

    long insert(Benefit b, Instant at) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO gtm_benefit (code, benefit_group, name_en, name_fr, description_en, description_fr,
                                                 listing_types, storefronts, min_live_offers, min_leads, min_billed_sales,
                                                 active, sort_order, updated_at)
                        VALUES (:code, :group, :nameEn, :nameFr, :descriptionEn, :descriptionFr, :listingTypes,
                                :storefronts, :minLiveOffers, :minLeads, :minBilledSales, :active, :sortOrder, :at)""")
                .params(params(b, at)).update(keys, "id");
        return keys.getKey().longValue();
    }

    /** 0 rows: someone else saved the benefit since the editor loaded it. */
    int update(Benefit b, Instant at) {
        Map<String, Object> params = params(b, at);
        params.put("id", b.id());
        params.put("version", b.version());
        return jdbc.sql("""
                        UPDATE gtm_benefit SET code = :code, benefit_group = :group, name_en = :nameEn, name_fr = :nameFr,
                               description_en = :descriptionEn, description_fr = :descriptionFr,
                               listing_types = :listingTypes, storefronts = :storefronts, min_live_offers = :minLiveOffers,
                               min_leads = :minLeads, min_billed_sales = :minBilledSales, active = :active,
                               sort_order = :sortOrder, updated_at = :at, version = version + 1
                        WHERE id = :id AND version = :version""")
                .params(params).update();
    }

    private static Map<String, Object> params(Benefit b, Instant at) {
        Map<String, Object> p = new HashMap<>();
        p.put("code", b.code());
        p.put("group", b.group().name());
        p.put("nameEn", b.nameEn());
        p.put("nameFr", b.nameFr());
        p.put("descriptionEn", b.descriptionEn());
        p.put("descriptionFr", b.descriptionFr());
        p.put("listingTypes", join(b.listingTypes()));
        p.put("storefronts", join(b.storefronts()));
        p.put("minLiveOffers", new org.springframework.jdbc.core.SqlParameterValue(java.sql.Types.INTEGER, b.minLiveOffers()));
        p.put("minLeads", new org.springframework.jdbc.core.SqlParameterValue(java.sql.Types.INTEGER, b.minLeads()));
        p.put("minBilledSales", new org.springframework.jdbc.core.SqlParameterValue(java.sql.Types.DECIMAL, b.minBilledSales()));
        p.put("active", b.active());
        p.put("sortOrder", b.sortOrder());
        p.put("at", Timestamp.from(at));
        return p;
    }

    private static String join(Set<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    private static <E extends Enum<E>> Set<E> split(String joined, Class<E> type, Function<String, E> parse) {
        Set<E> set = EnumSet.noneOf(type);
        if (joined != null && !joined.isBlank()) {
            Arrays.stream(joined.split(",")).map(String::trim).map(parse).forEach(set::add);
        }
        return set;
    }

    private static Benefit row(ResultSet rs, int i) throws SQLException {
        return new Benefit(rs.getLong("id"), rs.getString("code"), BenefitGroup.valueOf(rs.getString("benefit_group")),
                rs.getString("name_en"), rs.getString("name_fr"), rs.getString("description_en"),
                rs.getString("description_fr"),
                split(rs.getString("listing_types"), ListingType.class, ListingType::valueOf),
                split(rs.getString("storefronts"), Storefront.class, Storefront::valueOf),
                rs.getObject("min_live_offers", Integer.class), rs.getObject("min_leads", Integer.class),
                rs.getBigDecimal("min_billed_sales"), rs.getBoolean("active"), rs.getInt("sort_order"),
                rs.getInt("version"));
    }
}
