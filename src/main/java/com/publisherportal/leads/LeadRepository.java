package com.publisherportal.leads;

import com.publisherportal.common.Database;
import com.publisherportal.common.ExportPageSize;
import com.publisherportal.common.Keyset;
import com.publisherportal.common.RowWindow;
import com.publisherportal.common.SortKey;
import com.publisherportal.common.SqlWhere;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;

/** All SQL of the lead inbox: intake writes, the inbox's filtered and sorted pages, and exports. */
@Repository
@org.springframework.modulith.NamedInterface("demo-data")
public class LeadRepository {

    /** The score: the stored base plus the recency bonus (parameters from {@link #recency}). */
    private static final String SCORE = """
            l.score_base + CASE WHEN l.last_received_at >= :recentDay THEN 15
                                WHEN l.last_received_at >= :recentDays THEN 10
                                WHEN l.last_received_at >= :recentWeek THEN 5 ELSE 0 END""";

    /**
     * A sortable property: its SQL expression (usable in WHERE, unlike an alias), whether it can be
     * NULL, and the joined table the expression reads ({@code offer o} or {@code app_user u}), if any.
     */
    private record Sortable(String sql, boolean nullable, String join) {

        Sortable(String sql, boolean nullable) {
            this(sql, nullable, null);
        }
    }

    private static final String OFFER_JOIN = " LEFT JOIN offer o ON o.id = l.offer_ref";
    private static final String USER_JOIN = " LEFT JOIN app_user u ON u.id = l.assigned_to";

    /** Grid property → SQL; anything else is ignored, so sort requests cannot inject SQL. */
    private static final Map<String, Sortable> SORTABLE = Map.ofEntries(
            Map.entry("id", new Sortable("l.id", false)),
            Map.entry("receivedAt", new Sortable("l.received_at", false)),
            Map.entry("lastReceivedAt", new Sortable("l.last_received_at", false)),
            Map.entry("status", new Sortable("l.status", false)),
            Map.entry("action", new Sortable("l.action", false)),
            Map.entry("source", new Sortable("l.source", true)),
            Map.entry("offer", new Sortable("COALESCE(o.name, l.offer_title)", true, OFFER_JOIN)),
            Map.entry("name", new Sortable("l.last_name", true)),
            Map.entry("firstName", new Sortable("l.first_name", true)),
            Map.entry("lastName", new Sortable("l.last_name", true)),
            Map.entry("company", new Sortable("l.company", true)),
            Map.entry("email", new Sortable("l.email", true)),
            Map.entry("country", new Sortable("l.country", true)),
            Map.entry("jobTitle", new Sortable("l.job_title", true)),
            Map.entry("score", new Sortable(SCORE, false)),
            Map.entry("followUpDueAt", new Sortable("l.follow_up_due_at", false)),
            Map.entry("assignedTo", new Sortable("u.display_name", true, USER_JOIN)),
            Map.entry("repeatCount", new Sortable("l.repeat_count", false)));


    private static final String SELECT = """
            SELECT l.id, l.account_id, l.offer_ref, o.name AS offer_name, COALESCE(o.name, l.offer_title) AS offer_label,
                   l.consulting, l.action_code, l.action, l.lead_source, l.source, l.source_action, l.offer_address,
                   l.offer_title, l.description, l.first_name, l.last_name, l.email, l.phone, l.country, l.company,
                   l.job_title, l.personal_data_removed, l.do_not_contact, l.test_lead, l.status, l.assigned_to,
                   u.display_name AS assigned_name,
                   """ + SCORE + " AS score, " + """
                   l.received_at, l.last_received_at, l.follow_up_due_at, l.handled_at, l.repeat_count, l.version,
                   l.campaign""";
    private static final String FROM = "\nFROM sales_lead l" + OFFER_JOIN + USER_JOIN;
    /**
     * A lead may carry 4,000 characters of description beside its contact fields, and the driver
     * holds a whole export page: 5,000 of the widest leads are tens of megabytes, 20,000 too many.
     */
    private static final int MAX_EXPORT_PAGE_ROWS = 5_000;

    private final JdbcClient jdbc;
    private final Database database;
    private final ExportPageSize pageSize;

    LeadRepository(JdbcClient jdbc, Database database, ExportPageSize pageSize) {
        this.jdbc = jdbc;
        this.database = database;
        this.pageSize = pageSize;
    }

    // ---- intake

    /**
     * Inserts the lead unless the account already has one with the same de-duplication digest or
     * idempotency key, and only while {@code token} is still the account's intake token: the
     * check and the write are one statement, one round trip on the busy path. Empty when nothing
     * was inserted. On H2 a concurrent insert of the same lead may instead fail on the unique
     * keys, which the caller retries.
     */
    public OptionalLong insertIfAbsent(NewLead lead, String token) {
        String columns = """
                INSERT INTO sales_lead (account_id, offer_ref, consulting, action_code, action, lead_source, source,
                    source_action, offer_address, offer_title, description, first_name, last_name, email, phone,
                    country, company, job_title, search_text, personal_data_removed, do_not_contact, test_lead,
                    status, score_base, received_at, last_received_at, follow_up_due_at, repeat_count,
                    dedupe_key, idempotency_key, version)
                SELECT t.account_id, :offerRef, :consulting, :actionCode, :action, :leadSource, :source,
                    :sourceAction, :offerAddress, :offerTitle, :description, :firstName, :lastName, :email, :phone,
                    :country, :company, :jobTitle, :searchText, :personalDataRemoved, :doNotContact, :testLead,
                    'NEW', :scoreBase, :receivedAt, :receivedAt, :dueAt, 0, :dedupeKey, :idempotencyKey, 0
                FROM lead_intake_token t WHERE t.token = :token AND t.account_id = :accountId""";
        JdbcClient.StatementSpec statement;
        // PostgreSQL skips conflicting inserts with ON CONFLICT; H2 checks with a query first.
        if (database.isPostgres()) {
            // Skips the row on a taken unique key instead of failing, so the transaction stays usable.
            statement = jdbc.sql(columns + " ON CONFLICT DO NOTHING RETURNING id");
        } else {
            // H2: a separate check first (a NOT EXISTS inside the insert may be answered from H2's
            // cache of the statement's earlier run, missing a key released in the same transaction).
            if (lead.dedupeKey() != null && findByDedupeKey(lead.accountId(), lead.dedupeKey()).isPresent()
                    || lead.idempotencyKey() != null
                    && findByIdempotencyKey(lead.accountId(), lead.idempotencyKey()).isPresent()) {
                return OptionalLong.empty();
            }
            statement = jdbc.sql(columns);
        }
        statement = statement
                .param("token", token)
                .param("accountId", lead.accountId())
                .param("offerRef", lead.offerRef())
                .param("consulting", lead.consulting())
                .param("actionCode", lead.actionCode())
                .param("action", lead.action().name())
                .param("leadSource", lead.leadSource())
                .param("source", lead.source())
                .param("sourceAction", lead.sourceAction())
                .param("offerAddress", lead.offerAddress())
                .param("offerTitle", lead.offerTitle())
                .param("description", lead.description())
                .param("firstName", lead.firstName())
                .param("lastName", lead.lastName())
                .param("email", lead.email())
                .param("phone", lead.phone())
                .param("country", lead.country())
                .param("company", lead.company())
                .param("jobTitle", lead.jobTitle())
                .param("searchText", lead.searchText())
                .param("personalDataRemoved", lead.personalDataRemoved())
                .param("doNotContact", lead.doNotContact())
                .param("testLead", lead.testLead())
                .param("scoreBase", lead.scoreBase())
                .param("receivedAt", Timestamp.from(lead.receivedAt()))
                .param("dueAt", Timestamp.from(lead.followUpDueAt()))
                .param("dedupeKey", lead.dedupeKey(), Types.VARCHAR)
                .param("idempotencyKey", lead.idempotencyKey(), Types.VARCHAR);
        if (database.isPostgres()) {
            return statement.query(Long.class).optional().map(OptionalLong::of).orElse(OptionalLong.empty());
        }
        KeyHolder keys = new GeneratedKeyHolder();
        if (statement.update(keys, "id") == 0) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(keys.getKeyAs(Number.class).longValue());
    }

    /** A lead that may absorb a repeat: its id and latest arrival. */
    record RepeatCandidate(long id, Instant lastReceivedAt) {
    }

    public Optional<RepeatCandidate> findByIdempotencyKey(long accountId, String key) {
        return jdbc.sql("SELECT id, last_received_at FROM sales_lead WHERE account_id = :accountId AND idempotency_key = :key")
                .param("accountId", accountId).param("key", key)
                .query((rs, i) -> new RepeatCandidate(rs.getLong(1), rs.getTimestamp(2).toInstant())).optional();
    }

    public Optional<RepeatCandidate> findByDedupeKey(long accountId, String key) {
        return jdbc.sql("SELECT id, last_received_at FROM sales_lead WHERE account_id = :accountId AND dedupe_key = :key")
                .param("accountId", accountId).param("key", key)
                .query((rs, i) -> new RepeatCandidate(rs.getLong(1), rs.getTimestamp(2).toInstant())).optional();
    }

    /** Counts a repeat of a lead and moves its latest arrival; returns the new repeat count. */
    public int registerRepeat(long id, Instant at) {
        jdbc.sql("""
                        UPDATE sales_lead SET repeat_count = repeat_count + 1,
                            last_received_at = CASE WHEN last_received_at < :at THEN :at ELSE last_received_at END
                        WHERE id = :id""")
                .param("id", id).param("at", Timestamp.from(at)).update();
        return jdbc.sql("SELECT repeat_count FROM sales_lead WHERE id = :id").param("id", id).query(Integer.class).single();
    }

    /** Ends a lead's de-duplication window, so a later repeat starts a new lead. */
    /** Attaches the storefront campaign (src/mktcmpid) of the visit that produced the lead. */
    public void attachCampaign(long leadId, String campaign) {
        jdbc.sql("UPDATE sales_lead SET campaign = :campaign WHERE id = :id").param("campaign", campaign).param("id", leadId).update();
    }

    public void releaseDedupeKey(long id) {
        jdbc.sql("UPDATE sales_lead SET dedupe_key = NULL WHERE id = :id").param("id", id).update();
    }

    // ---- inbox

    /**
     * One page of the inbox. The page's ids are chosen first, reading only the lead table (and a
     * joined table only when the order needs it), so that OFFSET skips index entries — with the
     * default order, an index-only scan of {@code ix_sales_lead_account_received} — and only the
     * page's rows are then read, joined and mapped: paging deep into 20,000 leads no longer reads,
     * joins and sorts every row before the page. A window nearer the end of the rows the grid
     * counted chooses its ids in the reverse order, skipping the rows after it instead of those
     * before (the database reads the same index the other way).
     */
    public List<Lead> find(long accountId, LeadFilter filter, List<SortKey> sorts, RowWindow window, Instant now) {
        SqlWhere where = where(accountId, filter, now);
        Keyset order = order(sorts);
        String orderBy = order.orderBy();
        StringBuilder ids = new StringBuilder("SELECT l.id FROM sales_lead l");
        sorts.stream().map(key -> SORTABLE.get(key.property())).filter(Objects::nonNull)
                .map(Sortable::join).filter(Objects::nonNull).distinct().forEach(ids::append);
        ids.append(where.sql());
        if (window.nearerTheEnd()) {
            ids.append(order.reversed().orderBy()).append(window.fromTheEnd().sql());
        } else {
            ids.append(orderBy).append(window.sql());
        }
        return jdbc.sql(SELECT + "\nFROM (" + ids + ") page JOIN sales_lead l ON l.id = page.id" + OFFER_JOIN + USER_JOIN
                        + orderBy)
                .params(where.params()).query(mapper(now)).list();
    }

    public int count(long accountId, LeadFilter filter, Instant now) {
        SqlWhere where = where(accountId, filter, now);
        return jdbc.sql("SELECT COUNT(*) FROM sales_lead l" + where.sql()).params(where.params())
                .query(Integer.class).single();
    }

    /**
     * Every matching lead in the inbox's order, handed over row by row: read in keyset pages of
     * {@code portal.export.chunk-rows} rows (5,000 at most), each its own short statement continuing strictly
     * after the previous page's last row (no long-running read, no lazy mode on H2).
     */
    public void stream(long accountId, LeadFilter filter, List<SortKey> sorts, Instant now,
                       Consumer<? super Lead> consumer) {
        stream(accountId, filter, sorts, now, Math.min(pageSize.rows(), MAX_EXPORT_PAGE_ROWS), consumer);
    }

    /** {@link #stream} in pages of the given number of rows (tests use tiny pages). */
    void stream(long accountId, LeadFilter filter, List<SortKey> sorts, Instant now, int pageRows,
                Consumer<? super Lead> consumer) {
        Keyset order = order(sorts);
        order.readPages(jdbc, SELECT + order.selectKeys() + FROM, last -> where(accountId, filter, now), order.orderBy(),
                pageRows, mapper(now), consumer);
    }

    /**
     * The requested keys that are known (others ignored), else newest first, then the id
     * descending as the unique tiebreaker; nullable columns sort NULLs as the highest value on
     * both databases.
     */
    private static Keyset order(List<SortKey> sorts) {
        List<Keyset.Term> terms = new ArrayList<>();
        for (SortKey key : sorts) {
            Sortable sortable = SORTABLE.get(key.property());
            if (sortable != null) {
                terms.add(Keyset.Term.of(sortable.sql(), key.ascending(), sortable.nullable()));
            }
        }
        if (terms.isEmpty()) {
            terms.add(Keyset.Term.of("l.received_at", false, false));
        }
        terms.add(Keyset.Term.of("l.id", false, false));
        return new Keyset(terms);
    }

    public Optional<Lead> findById(long accountId, long id, Instant now) {
        Map<String, Object> params = new HashMap<>(recency(now));
        params.put("accountId", accountId);
        params.put("id", id);
        return jdbc.sql(SELECT + FROM + " WHERE l.account_id = :accountId AND l.id = :id").params(params)
                .query(mapper(now)).optional();
    }

    /** Changes the status if nobody changed the lead since {@code expectedVersion}; false otherwise. */
    public boolean updateStatus(long accountId, long id, LeadStatus status, Instant handledAt, int expectedVersion) {
        return jdbc.sql("""
                        UPDATE sales_lead SET status = :status, handled_at = COALESCE(handled_at, :handledAt),
                            version = version + 1
                        WHERE account_id = :accountId AND id = :id AND version = :version""")
                .param("status", status.name())
                .param("handledAt", handledAt == null ? null : Timestamp.from(handledAt))
                .param("accountId", accountId).param("id", id).param("version", expectedVersion)
                .update() == 1;
    }

    public boolean updateAssignee(long accountId, long id, Long userId, int expectedVersion) {
        return jdbc.sql("""
                        UPDATE sales_lead SET assigned_to = :userId, version = version + 1
                        WHERE account_id = :accountId AND id = :id AND version = :version""")
                .param("userId", userId).param("accountId", accountId).param("id", id)
                .param("version", expectedVersion).update() == 1;
    }

    /**
     * The account's lead sources, each once, in order. Read as a loose index scan (from each source
     * the next one up, in {@code ix_sales_lead_account_source}): a handful of index probes, where
     * {@code SELECT DISTINCT} read one index entry per lead.
     */
    public List<String> distinctSources(long accountId) {
        return jdbc.sql("""
                        WITH RECURSIVE s (source) AS (
                            SELECT MIN(source) FROM sales_lead WHERE account_id = :accountId
                            UNION ALL
                            SELECT (SELECT MIN(l.source) FROM sales_lead l WHERE l.account_id = :accountId AND l.source > s.source)
                            FROM s WHERE s.source IS NOT NULL)
                        SELECT source FROM s WHERE source IS NOT NULL ORDER BY source""")
                .param("accountId", accountId).query(String.class).list();
    }

    /**
     * Open, due-soon and overdue NEW leads of an account, leaving out test leads. Three counts, not
     * one pass summing cases: the due-soon and overdue ones read only their range of
     * {@code ix_sales_lead_follow_up}, and the open one counts its entries without evaluating a
     * case per lead (bench/load/README.md has the figures).
     */
    public FollowUpSummary followUpSummary(long accountId, Instant now) {
        String open = "SELECT COUNT(*) FROM sales_lead WHERE account_id = :accountId AND status = 'NEW'"
                + " AND do_not_contact = FALSE AND test_lead = FALSE";
        return jdbc.sql("SELECT (" + open + "),"
                        + " (" + open + " AND follow_up_due_at >= :now AND follow_up_due_at < :soon),"
                        + " (" + open + " AND follow_up_due_at < :now)")
                .param("accountId", accountId)
                .param("now", Timestamp.from(now))
                .param("soon", Timestamp.from(now.plus(FollowUp.DUE_SOON_WINDOW)))
                .query((rs, i) -> new FollowUpSummary(rs.getInt(1), rs.getInt(2), rs.getInt(3))).single();
    }

    /** A lead as a digest e-mail lists it. */
    public record DigestLine(String name, String company, String offerTitle) {
    }

    /** NEW-or-later real leads of an account received in ({@code after}, {@code through}], for the new-lead digest. */
    public int countReceived(long accountId, Instant after, Instant through) {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM sales_lead
                        WHERE account_id = :accountId AND test_lead = FALSE
                          AND received_at > :after AND received_at <= :through""")
                .param("accountId", accountId).param("after", Timestamp.from(after))
                .param("through", Timestamp.from(through))
                .query(Integer.class).single();
    }

    /** The first {@code limit} of those leads, oldest first. */
    public List<DigestLine> received(long accountId, Instant after, Instant through, int limit) {
        return jdbc.sql("""
                        SELECT first_name, last_name, company, offer_title FROM sales_lead
                        WHERE account_id = :accountId AND test_lead = FALSE
                          AND received_at > :after AND received_at <= :through
                        ORDER BY received_at, id LIMIT :limit""")
                .param("accountId", accountId).param("after", Timestamp.from(after))
                .param("through", Timestamp.from(through)).param("limit", limit)
                .query((rs, i) -> new DigestLine(
                        (nonNull(rs.getString("first_name")) + " " + nonNull(rs.getString("last_name"))).strip(),
                        nonNull(rs.getString("company")), nonNull(rs.getString("offer_title"))))
                .list();
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }

    // ---- notes

    public void insertNote(long leadId, Long authorId, String authorName, Instant at, String body) {
        jdbc.sql("""
                        INSERT INTO sales_lead_note (lead_id, author_id, author_name, created_at, body)
                        VALUES (:leadId, :authorId, :authorName, :at, :body)""")
                .param("leadId", leadId).param("authorId", authorId).param("authorName", authorName)
                .param("at", Timestamp.from(at)).param("body", body).update();
    }

    public List<LeadNote> notes(long leadId) {
        return jdbc.sql("SELECT id, lead_id, author_id, author_name, created_at, body FROM sales_lead_note "
                        + "WHERE lead_id = :leadId ORDER BY created_at DESC, id DESC")
                .param("leadId", leadId)
                .query((rs, i) -> new LeadNote(rs.getLong("id"), rs.getLong("lead_id"),
                        rs.getObject("author_id", Long.class), rs.getString("author_name"),
                        rs.getTimestamp("created_at").toInstant(), rs.getString("body")))
                .list();
    }

    // ---- helpers

    private static Map<String, Object> recency(Instant now) {
        return Map.of("recentDay", Timestamp.from(now.minus(LeadScoring.RECENT_DAY)),
                "recentDays", Timestamp.from(now.minus(LeadScoring.RECENT_DAYS)),
                "recentWeek", Timestamp.from(now.minus(LeadScoring.RECENT_WEEK)));
    }

    private static SqlWhere where(long accountId, LeadFilter f, Instant now) {
        SqlWhere where = new SqlWhere().and("l.account_id = :accountId", "accountId", accountId);
        recency(now).forEach(where::param);
        if (!f.statuses().isEmpty()) {
            where.and("l.status IN (:statuses)", "statuses", f.statuses().stream().map(Enum::name).sorted().toList());
        }
        where.equal("l.action", "action", f.action() == null ? null : f.action().name());
        if (f.source() != null && !f.source().isBlank()) {
            where.and("l.source = :source", "source", f.source());
        }
        where.equal("l.offer_ref", "offerRef", f.offerRef());
        if (f.from() != null) {
            where.and("l.received_at >= :from", "from", Timestamp.from(f.from()));
        }
        if (f.to() != null) {
            where.and("l.received_at < :to", "to", Timestamp.from(f.to()));
        }
        if (f.unassignedOnly()) {
            where.and("l.assigned_to IS NULL");
        } else {
            where.equal("l.assigned_to", "assignedTo", f.assignedTo());
        }
        where.contains("l.search_text", "search", f.search());
        if (f.followUp() != null && f.followUp() != FollowUp.NONE) {
            where.and("l.status = 'NEW' AND l.do_not_contact = FALSE").param("now", Timestamp.from(now));
            switch (f.followUp()) {
                case OVERDUE -> where.and("l.follow_up_due_at < :now");
                case DUE_SOON -> where.and("l.follow_up_due_at >= :now AND l.follow_up_due_at < :soon")
                        .param("soon", Timestamp.from(now.plus(FollowUp.DUE_SOON_WINDOW)));
                default -> where.and("l.follow_up_due_at >= :soon")
                        .param("soon", Timestamp.from(now.plus(FollowUp.DUE_SOON_WINDOW)));
            }
        }
        if (!f.includeTestLeads()) {
            where.and("l.test_lead = FALSE");
        }
        return where;
    }

    private static RowMapper<Lead> mapper(Instant now) {
        return (rs, i) -> {
            LeadStatus status = LeadStatus.valueOf(rs.getString("status"));
            boolean dnc = rs.getBoolean("do_not_contact");
            Instant due = instant(rs, "follow_up_due_at");
            return new Lead(rs.getLong("id"), rs.getLong("account_id"), rs.getObject("offer_ref", Long.class),
                    rs.getString("offer_name"), rs.getBoolean("consulting"), rs.getString("action_code"),
                    LeadAction.valueOf(rs.getString("action")), rs.getString("lead_source"), rs.getString("source"),
                    rs.getString("source_action"), rs.getString("offer_address"), rs.getString("offer_title"),
                    rs.getString("description"), rs.getString("first_name"), rs.getString("last_name"),
                    rs.getString("email"), rs.getString("phone"), rs.getString("country"), rs.getString("company"),
                    rs.getString("job_title"), rs.getBoolean("personal_data_removed"), dnc, rs.getBoolean("test_lead"),
                    status, rs.getObject("assigned_to", Long.class), rs.getString("assigned_name"), rs.getInt("score"),
                    instant(rs, "received_at"), instant(rs, "last_received_at"), due, instant(rs, "handled_at"),
                    rs.getInt("repeat_count"), rs.getInt("version"), FollowUp.of(status, dnc, due, now),
                    rs.getString("campaign"));
        };
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
