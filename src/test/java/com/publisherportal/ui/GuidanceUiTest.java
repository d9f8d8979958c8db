package com.publisherportal.ui;

import com.publisherportal.onboarding.OfferService;
import com.publisherportal.testsupport.PortalSpringTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Nav;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ActiveProfiles;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** Empty pages say what will appear and offer the next step; an offer's pages say where they are. */
@PortalSpringTest
@ActiveProfiles("test")
class GuidanceUiTest extends KaribuTest {

    @Autowired OfferService offers;

    private static String text(Component c) {
        return c.getElement().getTextRecursively();
    }

    @Test
    void emptyGridsAndTheCheckerExplainWhatAppearsAndWhatToDo() {
        login("owner@contoso.example");
        navigate("account/activity");
        Component activity = _get(Grid.class, spec -> spec.withId("audit-grid")).getEmptyStateComponent();
        assertThat(text(activity)).contains("No activity to show yet").contains("Go to your offers");
        assertThat(activity.getChildren().flatMap(Component::getChildren).filter(Anchor.class::isInstance)
                .map(a -> ((Anchor) a).getHref())).contains("offers", "account/users");

        navigate("attribution/check");
        assertThat(text(_get(Component.class, spec -> spec.withId("check-empty"))))
                .contains("Your report appears here").contains("Register a tracking GUID first");

        login("admin@portal.example");
        navigate("staff/holidays");
        Component holidays = _get(Grid.class, spec -> spec.withId("holidays-grid")).getEmptyStateComponent();
        assertThat(text(holidays)).contains("No public holidays yet").contains("Add the first holiday");
    }

    @Test
    void anOffersPagesHighlightOffersAndShowWhereTheyAre() {
        login("owner@contoso.example");
        long id = offers.findByAddress("contoso", "contoso-edge").orElseThrow().id();
        navigate("offers/" + id + "/listing");
        Nav breadcrumb = _get(Nav.class, spec -> spec.withId("breadcrumb"));
        assertThat(text(breadcrumb)).isEqualTo("Offers›Contoso Edge Agent›Storefront listing");
        assertThat(_find(Anchor.class).stream().filter(a -> breadcrumb.equals(a.getParent().orElse(null)))
                .map(Anchor::getHref)).containsExactly("offers", "offers/" + id);
        assertThat(sideNavItems().stream().filter(item -> item.attr("path").equals("offers")))
                .singleElement().satisfies(offersItem -> assertThat(offersItem.hasAttr("match-nested")).isTrue());
        assertThat(sideNavItems().stream().filter(item -> item.attr("path").isEmpty()))
                .singleElement().satisfies(dashboard -> assertThat(dashboard.hasAttr("match-nested")).isFalse());
        assertThat(sideNavItems().stream().filter(item -> item.attr("path").equals("attribution")))
                .singleElement().satisfies(attribution -> assertThat(attribution.hasAttr("match-nested")).isFalse());

        navigate("offers/" + id);
        assertThat(text(_get(Nav.class, spec -> spec.withId("breadcrumb")))).isEqualTo("Offers›Contoso Edge Agent");
    }
}
