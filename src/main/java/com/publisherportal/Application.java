package com.publisherportal;

import com.vaadin.flow.spring.annotation.EnableVaadin;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

import java.time.Clock;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
/*
 * Where Vaadin looks at start-up for routes, layouts, error views and the app shell: the modules'
 * ui packages and the shell, not the services and repositories around them. Scanning all of
 * com.publisherportal read some 1,200 class files on every start. VaadinPackagesTest fails when a
 * route or an error view lands outside these packages.
 */
@EnableVaadin({
    "com.publisherportal.shell",
    "com.publisherportal.account.ui",
    "com.publisherportal.attribution.ui",
    "com.publisherportal.audit.ui",
    "com.publisherportal.campaigns.ui",
    "com.publisherportal.insights.ui",
    "com.publisherportal.leads.ui",
    "com.publisherportal.listing.ui",
    "com.publisherportal.mail.ui",
    "com.publisherportal.onboarding.ui",
    "com.publisherportal.plans.ui",
    "com.publisherportal.security.ui",
    "com.publisherportal.subscriptions.ui",
    "com.publisherportal.technical.ui",
})
public class Application {

    public static void main(String[] args) {
        SpringApplication portal = new SpringApplication(Application.class);
        portal.addListeners(new AheadOfTimeProfiles());
        portal.run(args);
    }

    /** One clock for the whole portal, so lockout windows and service-level clocks are testable. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
