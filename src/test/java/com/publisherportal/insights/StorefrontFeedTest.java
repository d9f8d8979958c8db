package com.publisherportal.insights;

import com.publisherportal.common.JobMarkRepository;
import com.publisherportal.campaigns.StorefrontLeads;
import com.publisherportal.campaigns.StorefrontTracker;
import com.publisherportal.campaigns.StorefrontVisit;
import com.publisherportal.campaigns.VisitContext;
import com.publisherportal.listing.ListingService;
import com.publisherportal.listing.StorefrontListing;
import com.publisherportal.testsupport.MutableClock;
import com.publisherportal.testsupport.PortalSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Storefront visits and calls to action reach the Marketplace insights rows and their monthly aggregates. */
@PortalSpringTest
@ActiveProfiles("test")
class StorefrontFeedTest {

    @Autowired StorefrontTracker tracker;
    @Autowired StorefrontLeads storefrontLeads;
    @Autowired ListingService listings;
    @Autowired StorefrontFeed feed;
    @Autowired JdbcClient jdbc;
    @Autowired MutableClock clock;
    @Autowired JobMarkRepository marks;

    private Map<String, Object> totals(long offerId, LocalDate day, String campaign) {
        return jdbc.sql("""
                        SELECT COALESCE(SUM(page_visits), 0) AS visits, COALESCE(SUM(get_it_now), 0) AS get_it_now
                        FROM insight_visit WHERE origin = 'storefront' AND offer_ref = :offer AND visit_date = :day
                          AND campaign_id = :campaign""")
                .param("offer", offerId).param("day", day).param("campaign", campaign).query().singleRow();
    }

    @Test
    void visitsAndCallsToActionFeedMarketplaceInsightsOnceEvenWhenRolledUpAgain() {
        StorefrontListing listing = listings.storefront("fabrikam", "fabrikam-backup").orElseThrow();
        LocalDate today = clock.instant().atZone(ZoneOffset.UTC).toLocalDate();
        StorefrontVisit first = tracker.recordVisit(listing.offer(),
                new VisitContext("website", "feedtest", null, "DE", "203.0.113.1", "UA"), "localhost");
        tracker.recordVisit(listing.offer(), new VisitContext("website", "feedtest", null, "DE", "203.0.113.2", "UA"), "localhost");
        storefrontLeads.act(first, listing, StorefrontListing.CallToAction.GET_IT_NOW, null, null);

        feed.rollUp(today, today);
        feed.rollUp(today, today);

        Map<String, Object> row = totals(listing.offer().id(), today, "feedtest");
        assertThat(((Number) row.get("visits")).longValue()).isEqualTo(2);
        assertThat(((Number) row.get("get_it_now")).longValue()).isEqualTo(1);
        long monthly = jdbc.sql("""
                        SELECT COALESCE(SUM(page_visits), 0) FROM insight_monthly_visits
                        WHERE offer_ref = :offer AND month_start = :month AND campaign_id = 'feedtest'""")
                .param("offer", listing.offer().id()).param("month", today.withDayOfMonth(1)).query(Long.class).single();
        assertThat(monthly).isEqualTo(2);
    }

    @Test
    void aLaterRunCarriesOnFromTheDoneThroughMarkInsteadOfRedoingHistory() {
        Instant start = clock.instant();
        LocalDate today = start.atZone(ZoneOffset.UTC).toLocalDate();
        feed.catchUp();
        assertThat(marks.doneThrough("storefront-feed")).as("yesterday is done; today is rolled up again next time")
                .contains(today.minusDays(1));
        assertThat(marks.runs("storefront-feed")).as("the runs so far, the start-up's first")
                .first().satisfies(run -> assertThat(run.from()).as("the first run covers history since the first visit")
                        .isBefore(today.minusDays(7)));

        // Three days without a run (the portal was down), with a visit on the first of them.
        StorefrontListing listing = listings.storefront("fabrikam", "fabrikam-backup").orElseThrow();
        try {
            clock.set(start.plus(Duration.ofDays(1)));
            tracker.recordVisit(listing.offer(), new VisitContext("website", "downtime", null, "FR", "203.0.113.9", "UA"),
                    "localhost");
            clock.set(start.plus(Duration.ofDays(3)));
            feed.catchUp();
        } finally {
            clock.set(start);
        }
        JobMarkRepository.JobRun last = marks.runs("storefront-feed").getLast();
        assertThat(last.from()).as("carried on from the mark").isEqualTo(today.minusDays(1));
        assertThat(last.through()).isEqualTo(today.plusDays(3));
        assertThat(marks.doneThrough("storefront-feed")).contains(today.plusDays(2));
        assertThat(((Number) totals(listing.offer().id(), today.plusDays(1), "downtime").get("visits")).longValue())
                .as("the visit made on a day no run saw end").isEqualTo(1);
    }
}
