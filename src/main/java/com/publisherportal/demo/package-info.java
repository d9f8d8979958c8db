/**
 * Demo data and the insights volume generator: the runners that fill an empty database with the
 * demo publishers, offers, listings, GUIDs, leads, campaigns, insights and SaaS subscriptions (on when
 * portal.demo-data.enabled, off in the production build), and the command that fills a chosen
 * volume for the benchmark. It writes through the repositories that the feature modules mark
 * as their demo-data named interface, which no other module may use. Nothing depends on it.
 */
@ApplicationModule(displayName = "Demo data", allowedDependencies = {"common", "security", "security :: demo-data", "audit", "account",
        "account :: demo-data", "onboarding", "onboarding :: demo-data", "listing", "listing :: demo-data", "leads",
        "leads :: demo-data", "campaigns", "campaigns :: demo-data", "attribution", "attribution :: demo-data",
        "insights", "insights :: demo-data", "technical", "technical :: demo-data", "plans", "plans :: demo-data",
        "subscriptions", "subscriptions :: demo-data"})
package com.publisherportal.demo;

import org.springframework.modulith.ApplicationModule;
