/**
 * Insights: summary trends, report grids, charts, CSV/XLSX exports and the reports API, over
 * monthly aggregates. Depends on onboarding for offers, and on campaigns for the storefront visits
 * and calls to action it rolls up. Orders and metered usage of SaaS offers come from the
 * subscriptions register through {@link com.publisherportal.insights.CommerceEvent}s (which the
 * register's module publishes; insights never depend on it); the demo generator's rows are marked
 * {@code source = 'GENERATED'}. Each report is one ReportDefinition (Reports lists them), from
 * which its grid, export, API and navigation follow.
 */
@ApplicationModule(displayName = "Insights", allowedDependencies = {"common", "security", "account", "onboarding", "campaigns"})
package com.publisherportal.insights;

import org.springframework.modulith.ApplicationModule;
