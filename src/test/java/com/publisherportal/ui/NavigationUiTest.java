package com.publisherportal.ui;

import com.publisherportal.security.ui.LoginView;
import com.publisherportal.account.ui.ProfileView;
import com.publisherportal.account.ui.PublisherAccountsView;
import com.publisherportal.shell.DashboardView;
import com.publisherportal.testsupport.PortalSpringTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.test.context.ActiveProfiles;

import java.util.Arrays;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** Who lands where, and who sees which navigation. */
@PortalSpringTest
@ActiveProfiles("test")
class NavigationUiTest extends KaribuTest {

    private List<String> navigation() {
        return sideNavItems().stream().map(item -> item.attr("path")).sorted().toList();
    }

    @Test
    void anAnonymousUserLandsOnTheLoginPage() {
        navigate("");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(LoginView.class);
        navigate("account/users");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(LoginView.class);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "owner@contoso.example;      ,account/activity,account/api-keys,account/users,attribution,attribution/check,campaigns,insights,insights/deployments,leads,leads/intake,offers,onboarding,subscriptions",
            "manager@contoso.example;    ,account/activity,account/api-keys,account/users,attribution,attribution/check,campaigns,insights,insights/deployments,leads,leads/intake,offers,onboarding,subscriptions",
            "developer@contoso.example;  ,attribution,attribution/check,insights/deployments,offers,onboarding",
            "marketer@contoso.example;   ,campaigns,insights,insights/deployments,offers,onboarding",
            "finance@contoso.example;    ,insights,insights/deployments,offers,onboarding,subscriptions",
            "reviewer@portal.example;    ,staff/accounts,staff/audit,staff/benefits,staff/holidays,staff/markets,staff/queue",
            "admin@portal.example;       ,admin/agreements,admin/outbox,admin/staff,staff/accounts,staff/audit,staff/benefits,staff/holidays,staff/markets,staff/queue"})
    void eachRoleSeesExactlyItsNavigation(String email, String expected) {
        login(email);
        navigate("");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(DashboardView.class);
        List<String> paths = expected == null ? List.of("") : Arrays.stream(expected.split(",", -1)).map(String::trim).sorted().toList();
        assertThat(navigation()).containsExactlyElementsOf(paths);
    }

    /**
     * The user menu's entries exist while it is open: the language in use ticked, the profile page
     * one click away, and the menu closed (its entries gone) once that page is open.
     */
    @Test
    void theUserMenuOpensOnAClickAndClosesOnTheWayToTheProfile() {
        login("owner@contoso.example");
        navigate("");
        assertThat(_find(Button.class, spec -> spec.withId("sign-out"))).isEmpty();
        Button menu = _get(Button.class, spec -> spec.withId("user-menu"));
        assertThat(menu.getText()).isEqualTo("Alice Owner");
        _click(menu);
        assertThat(menu.getElement().getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(_get(Button.class, spec -> spec.withId("language-en")).getElement().getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(_get(Button.class, spec -> spec.withId("language-fr")).getElement().getAttribute("aria-pressed")).isEqualTo("false");
        assertThat(_find(Button.class, spec -> spec.withId("sign-out"))).hasSize(1);

        _click(_get(Button.class, spec -> spec.withId("user-profile")));
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(ProfileView.class);
        assertThat(_find(Button.class, spec -> spec.withId("sign-out"))).isEmpty();
        assertThat(menu.getElement().getAttribute("aria-expanded")).isEqualTo("false");
    }

    /** A refused page is the portal's "not found" page (the same as for an unknown address). */
    private void assertRefused(Runnable navigation) {
        assertNotFound(navigation);
    }

    @Test
    void aPublisherOpeningAStaffRouteIsRefused() {
        login("owner@contoso.example");
        assertRefused(() -> navigate("staff/accounts"));
        assertRefused(() -> navigate("staff/audit"));
        assertRefused(() -> navigate("admin/staff"));
        assertRefused(() -> navigate("admin/outbox"));
        assertRefused(() -> navigate("admin/agreements"));
        assertThat(UI.getCurrent().getCurrentView()).isNotInstanceOf(PublisherAccountsView.class);
    }

    @Test
    void aDeveloperCannotOpenUserManagement() {
        login("developer@contoso.example");
        assertRefused(() -> navigate("account/users"));
        assertRefused(() -> navigate("account/api-keys"));
    }

    @Test
    void staffCannotOpenAPublishersUserManagementButSeesPublishers() {
        login("reviewer@portal.example");
        assertRefused(() -> navigate("account/users"));
        assertRefused(() -> navigate("admin/staff"));
        assertRefused(() -> navigate("admin/outbox"));
        assertRefused(() -> navigate("admin/agreements"));
        navigate("staff/accounts");
        _get(PublisherAccountsView.class);
    }
}
