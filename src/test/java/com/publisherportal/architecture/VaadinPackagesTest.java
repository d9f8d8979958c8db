package com.publisherportal.architecture;

import com.publisherportal.Application;
import com.publisherportal.leads.ui.LeadInboxView;
import com.publisherportal.shell.NotFoundView;
import com.publisherportal.shell.PortalAppShell;
import com.vaadin.flow.component.WebComponentExporter;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.spring.annotation.EnableVaadin;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.core.type.filter.AssignableTypeFilter;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Vaadin finds routes, layouts, error views and the app shell at start-up only in the packages
 * {@link Application}'s {@code @EnableVaadin} names. A view written anywhere else would be missing
 * from the running portal (a 404 and no menu entry) without any error, so this looks for every
 * such class in the whole code base and requires it inside those packages.
 */
class VaadinPackagesTest {

    @Test
    void everyClassVaadinLooksForAtStartLiesInTheScannedPackages() {
        List<String> scanned = Arrays.asList(Application.class.getAnnotation(EnableVaadin.class).value());
        var scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
                return true;
            }
        };
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        scanner.addIncludeFilter(new AnnotationTypeFilter(RouteAlias.class));
        scanner.addIncludeFilter(new AnnotationTypeFilter(Layout.class));
        scanner.addIncludeFilter(new AssignableTypeFilter(AppShellConfigurator.class));
        scanner.addIncludeFilter(new AssignableTypeFilter(HasErrorParameter.class));
        scanner.addIncludeFilter(new AssignableTypeFilter(WebComponentExporter.class));

        List<String> found = scanner.findCandidateComponents("com.publisherportal").stream()
                .map(BeanDefinition::getBeanClassName).toList();

        assertThat(found).contains(PortalAppShell.class.getName(), NotFoundView.class.getName(),
                LeadInboxView.class.getName());
        assertThat(found).allSatisfy(type -> assertThat(scanned).as("the package of " + type)
                .anyMatch(pkg -> type.startsWith(pkg + ".")));
    }
}
