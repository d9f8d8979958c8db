/**
 * Insights: summary trends, report grids, charts, CSV/XLSX exports and the reports API, over
 * monthly aggregates. Depends on onboarding for offers, and on campaigns for the storefront visits
 * and calls to action it rolls up. Each report is one ReportDefinition (Reports lists them), from
 * which its grid, export, API and navigation follow.
 */
@ApplicationModule(displayName = "Insights", allowedDependencies = {"common", "security", "account", "onboarding", "campaigns"})
package com.publisherportal.insights;

import org.springframework.modulith.ApplicationModule;
