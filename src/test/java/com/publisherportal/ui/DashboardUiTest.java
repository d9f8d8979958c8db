package com.publisherportal.ui;

import com.publisherportal.audit.AuditService;
import com.publisherportal.testsupport.PortalSpringTest;
import com.vaadin.flow.component.Html;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The dashboard's cards and recent activity, as the browser receives them. */
@PortalSpringTest
@ActiveProfiles("test")
class DashboardUiTest extends KaribuTest {

    /** An actor's name as an API caller could make it appear in the log. */
    private static final String ACTOR = "api-key:<img src=x onerror=alert(1)>";

    @Autowired AuditService audit;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void removeTheEntry() {
        jdbc.sql("DELETE FROM audit_log WHERE actor_email = :actor").param("actor", ACTOR).update();
    }

    private static List<Element> cards() {
        return markupOf(_get(Html.class, spec -> spec.withId("dashboard-cards"))).select(".portal-card");
    }

    private static Element recentActivity() {
        return markupOf(_get(Html.class, spec -> spec.withId("recent-activity")));
    }

    @Test
    void anOwnerSeesTheAccountsFiguresAndItsLatestActivityAsText() {
        recordAnEntryOf(login("owner@contoso.example").accountId());
        navigate("");

        List<Element> cards = cards();
        assertThat(cards).hasSizeGreaterThanOrEqualTo(5).allSatisfy(card -> {
            assertThat(card.select("span")).extracting(Element::className)
                    .containsExactly("portal-card-title", "portal-card-value", "portal-card-detail");
            assertThat(card.selectFirst(".portal-card-title").text()).isNotBlank().doesNotContain("dashboard.card.");
            assertThat(card.selectFirst(".portal-card-value").text()).isNotBlank();
        });
        assertThat(cards).extracting(card -> card.selectFirst(".portal-card-value").text()).contains("Contoso");

        Element activity = recentActivity();
        assertThat(activity.selectFirst("h2").text()).isEqualTo("Recent activity");
        List<Element> lines = activity.select(".portal-activity");
        assertThat(lines).isNotEmpty().hasSizeLessThanOrEqualTo(8);
        assertThat(lines.getFirst().children()).extracting(Element::tagName).containsOnly("span");
        assertThat(lines.getFirst().child(1).text()).isEqualTo(ACTOR);
        assertThat(lines.getFirst().child(2).text()).isEqualTo("API key created");
        assertThat(activity.select("img")).isEmpty();
    }

    @Test
    void aDeveloperSeesTheFiguresButNoActivity() {
        login("developer@contoso.example");
        navigate("");
        assertThat(cards()).isNotEmpty();
        assertThat(_find(Html.class, spec -> spec.withId("recent-activity"))).isEmpty();
    }

    @Test
    void aReviewerSeesTheWholeLogsLatestEntriesWithThePublishersName() {
        recordAnEntryOf(login("owner@contoso.example").accountId());
        login("reviewer@portal.example");
        navigate("");
        Element latest = recentActivity().selectFirst(".portal-activity");
        assertThat(latest.child(1).text()).isEqualTo(ACTOR);
        assertThat(latest.child(3).text()).startsWith("Contoso");
    }

    private void recordAnEntryOf(long accountId) {
        transactions.executeWithoutResult(status -> audit.record(null, ACTOR, accountId, "api-key", "1", "API_KEY_CREATED", null));
    }
}
