package com.publisherportal.insights;

import com.publisherportal.insights.ui.InsightGridView;
import com.publisherportal.insights.ui.InsightsView;
import com.publisherportal.security.AccountRole;
import com.publisherportal.testsupport.PortalSpringTest;
import com.publisherportal.ui.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import jakarta.annotation.security.RolesAllowed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.ActiveProfiles;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each report's view follows its {@link ReportDefinition}. Vaadin decides who may open a view,
 * and who sees it in the menu, from the view's {@code @RolesAllowed}, an annotation that cannot
 * name the definition's roles; so this test holds the two together: every insights grid view is
 * the view of exactly one report, at the report's route, showing that report, and allows exactly
 * the report's readers. It also checks the message keys a report's definition names.
 */
@PortalSpringTest
@ActiveProfiles("test")
class ReportViewsUiTest extends KaribuTest {

    static Stream<ReportDefinition<?>> reports() {
        return Reports.all().stream();
    }

    private static Set<String> rolesAllowed(Class<?> view) {
        RolesAllowed annotation = view.getAnnotation(RolesAllowed.class);
        assertThat(annotation).as("@RolesAllowed on %s", view.getSimpleName()).isNotNull();
        return Set.of(annotation.value());
    }

    private static Set<String> names(Set<AccountRole> roles) {
        return roles.stream().map(AccountRole::name).collect(Collectors.toSet());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reports")
    void theReportsViewIsAtItsRouteShowsItAndAllowsExactlyItsReaders(ReportDefinition<?> report) {
        login("owner@contoso.example");
        navigate(report.route());
        Object view = UI.getCurrent().getCurrentView();
        assertThat(view).isInstanceOf(InsightGridView.class);
        assertThat(((InsightGridView<?>) view).report()).isSameAs(report);
        assertThat(((InsightGridView<?>) view).getId()).hasValue(report.viewId());
        assertThat(rolesAllowed(view.getClass())).as("%s's @RolesAllowed", view.getClass().getSimpleName())
                .isEqualTo(names(report.readers()));
    }

    @Test
    void everyInsightsGridViewIsTheViewOfOneReport() {
        List<String> gridRoutes = new ArrayList<>();
        for (RouteData route : RouteConfiguration.forApplicationScope().getAvailableRoutes()) {
            if (InsightGridView.class.isAssignableFrom(route.getNavigationTarget())) {
                gridRoutes.add(route.getTemplate());
            }
        }
        assertThat(gridRoutes).containsExactlyInAnyOrderElementsOf(Reports.all().stream().map(ReportDefinition::route).toList());
    }

    @Test
    void theSummaryAllowsExactlyItsReaders() {
        assertThat(rolesAllowed(InsightsView.class)).isEqualTo(names(Reports.SUMMARY_READERS));
        assertThat(RouteConfiguration.forApplicationScope().getRoute(Reports.SUMMARY_ROUTE)).hasValue(InsightsView.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reports")
    void theReportsMessagesAreInBothBundles(ReportDefinition<?> report) throws Exception {
        for (String bundle : List.of("i18n/insights.properties", "i18n/insights_fr.properties")) {
            Properties texts = new Properties();
            try (var reader = new InputStreamReader(new ClassPathResource(bundle).getInputStream(), StandardCharsets.UTF_8)) {
                texts.load(reader);
            }
            List<String> keys = new ArrayList<>(List.of(report.navKey(), report.searchKey(), report.sheetNameKey()));
            report.columns().forEach(c -> keys.add(c.headerKey()));
            assertThat(texts.stringPropertyNames()).as(bundle).containsAll(keys);
        }
    }
}
