package com.publisherportal.ui;

import com.publisherportal.onboarding.OfferService;
import com.publisherportal.testsupport.PortalSpringTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.sidenav.SideNavItem;
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
        SideNavItem offersItem = _find(SideNavItem.class).stream().filter(i -> i.getPath() != null && i.getPath().replace("/", "").equals("offers"))
                .findFirst().orElseThrow();
        assertThat(offersItem.isMatchNested()).isTrue();
        assertThat(_find(SideNavItem.class).stream().filter(i -> i.getPath() == null || i.getPath().replace("/", "").isEmpty()))
                .allSatisfy(dashboard -> assertThat(dashboard.isMatchNested()).isFalse());

        navigate("offers/" + id);
        assertThat(text(_get(Nav.class, spec -> spec.withId("breadcrumb")))).isEqualTo("Offers›Contoso Edge Agent");
    }
}
