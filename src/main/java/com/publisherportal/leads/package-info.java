/**
 * The lead inbox: HTTPS intake in the marketplace's JSON with tokens and rate limits, scoring,
 * follow-up clocks, notes, exports and the leads API. Depends on onboarding for offers.
 */
@ApplicationModule(displayName = "Leads", allowedDependencies = {"common", "security", "audit", "account", "onboarding"})
package com.publisherportal.leads;

import org.springframework.modulith.ApplicationModule;
