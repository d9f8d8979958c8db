package com.publisherportal.leads;

import com.publisherportal.account.PublisherAccountRepository;
import com.publisherportal.common.RowWindow;
import com.publisherportal.common.SortKey;
import com.publisherportal.testsupport.MutableClock;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The leads export reads in keyset pages (no long lazy read on H2): with tiny pages, over sort
 * keys with ties and NULLs, in both directions, it holds exactly the rows of one plain sorted
 * query in its order, and so do the inbox's windows, read one after the other (from the start, or
 * from the end when the grid counted the rows). Runs on H2 and on PostgreSQL.
 */
abstract class LeadExportPagesContract {

    @Autowired LeadRepository leads;
    @Autowired PublisherAccountRepository accounts;
    @Autowired JdbcClient jdbc;
    @Autowired MutableClock clock;

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "", value = {
            "| 3|l.received_at DESC, l.id DESC",
            "company:asc| 2|l.company ASC NULLS LAST, l.id DESC",
            "company:desc| 2|l.company DESC NULLS FIRST, l.id DESC",
            "assignedTo:desc;status:asc| 2|u.display_name DESC NULLS FIRST, l.status ASC, l.id DESC",
            "assignedTo:asc| 1|u.display_name ASC NULLS LAST, l.id DESC",
            "offer:asc;jobTitle:desc| 3|COALESCE(o.name, l.offer_title) ASC NULLS LAST, l.job_title DESC NULLS FIRST, l.id DESC",
            "status:desc;action:asc| 2|l.status DESC, l.action ASC, l.id DESC",
            "score:desc| 2|" + SCORE + " DESC, l.id DESC",
            "repeatCount:asc;country:asc| 4|l.repeat_count ASC, l.country ASC NULLS LAST, l.id DESC"})
    void aLeadsExportReadInPagesHoldsExactlyThePlainSortedQuerysRowsInItsOrder(String sortSpec, int pageRows,
                                                                              String referenceOrder) {
        long account = accounts.findByPublisherId("contoso").orElseThrow().id();
        Instant now = clock.instant();
        List<SortKey> sorts = new ArrayList<>();
        if (sortSpec != null) {
            for (String key : sortSpec.split(";")) {
                String[] parts = key.split(":");
                sorts.add(new SortKey(parts[0], parts[1].equals("asc")));
            }
        }
        List<Long> reference = jdbc.sql("SELECT l.id FROM sales_lead l LEFT JOIN offer o ON o.id = l.offer_ref"
                        + " LEFT JOIN app_user u ON u.id = l.assigned_to WHERE l.account_id = :account ORDER BY "
                        + referenceOrder)
                .param("account", account)
                .param("recentDay", Timestamp.from(now.minus(LeadScoring.RECENT_DAY)))
                .param("recentDays", Timestamp.from(now.minus(LeadScoring.RECENT_DAYS)))
                .param("recentWeek", Timestamp.from(now.minus(LeadScoring.RECENT_WEEK)))
                .query(Long.class).list();
        assertThat(reference).as("enough leads for several pages").hasSizeGreaterThanOrEqualTo(pageRows * 2 + 1);
        // The keyset pages must cross NULLs: some demo leads are assigned, some not; some have a company, some not.
        assertThat(jdbc.sql("SELECT COUNT(DISTINCT CASE WHEN assigned_to IS NULL THEN 0 ELSE 1 END) FROM sales_lead"
                + " WHERE account_id = :account").param("account", account).query(Integer.class).single()).isEqualTo(2);

        List<Long> exported = new ArrayList<>();
        leads.stream(account, LeadFilter.all(), sorts, now, pageRows, lead -> exported.add(lead.id()));
        assertThat(exported).containsExactlyElementsOf(reference);
        assertThat(leads.find(account, LeadFilter.all(), sorts, RowWindow.of(0, 10_000), now))
                .extracting(Lead::id).containsExactlyElementsOf(reference);
        // The grid's windows (the page's ids chosen first, then its rows read), one after the other;
        // then the same windows when the grid says how many rows it counted: those nearer the end
        // are read from there, in the reverse order, and come back in the grid's order all the same.
        for (int counted : new int[]{RowWindow.NOT_COUNTED, reference.size()}) {
            List<Long> windows = new ArrayList<>();
            for (int offset = 0; offset < reference.size(); offset += pageRows) {
                leads.find(account, LeadFilter.all(), sorts, new RowWindow(offset, pageRows, counted), now)
                        .forEach(lead -> windows.add(lead.id()));
            }
            assertThat(windows).as("counted: %d", counted).containsExactlyElementsOf(reference);
        }
        int last = reference.size() - 1;
        assertThat(leads.find(account, LeadFilter.all(), sorts, RowWindow.of(last, 10).counted(reference.size()), now))
                .as("the last row alone").extracting(Lead::id).containsExactly(reference.get(last));
        assertThat(leads.find(account, LeadFilter.all(), sorts, RowWindow.of(last + 1, 10).counted(reference.size()), now))
                .as("past the end").isEmpty();
    }

    static final String SCORE = "l.score_base + CASE WHEN l.last_received_at >= :recentDay THEN 15"
            + " WHEN l.last_received_at >= :recentDays THEN 10 WHEN l.last_received_at >= :recentWeek THEN 5 ELSE 0 END";
}
