/**
 * Insights: summary trends, report grids, charts, CSV/XLSX exports and the reports API, over
 * monthly aggregates. Depends on onboarding for offers.
 */
@ApplicationModule(displayName = "Insights", allowedDependencies = {"common", "security", "account", "onboarding"})
package com.publisherportal.insights;

import org.springframework.modulith.ApplicationModule;
