package com.publisherportal.shell;

import com.publisherportal.common.ui.DashboardCard;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A card's figure and line may carry a publisher's own words (the account's name): they stay text. */
class DashboardCardsTest {

    @Test
    void aCardsTextsReachTheBrowserAsTextInTheContributionsOrder() {
        String payload = "</span><img src=x onerror=alert(1)>";
        Element cards = Jsoup.parseBodyFragment(DashboardView.cards(List.of(
                new DashboardCard("dashboard.card.account", payload, "a & <b>b</b>"),
                new DashboardCard("dashboard.card.users", "3", "")), key -> "«" + key + "»").getInnerHtml()).body();

        assertThat(cards.select("img, b")).isEmpty();
        assertThat(cards.select(".portal-card")).hasSize(2);
        Element first = cards.selectFirst(".portal-card");
        assertThat(first.selectFirst(".portal-card-title").text()).isEqualTo("«dashboard.card.account»");
        assertThat(first.selectFirst(".portal-card-value").text()).isEqualTo(payload);
        assertThat(first.selectFirst(".portal-card-detail").text()).isEqualTo("a & <b>b</b>");
        assertThat(cards.select(".portal-card-value").eachText()).containsExactly(payload, "3");
    }
}
