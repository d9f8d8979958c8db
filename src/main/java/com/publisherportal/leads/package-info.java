/**
 * The lead inbox: HTTPS intake in the marketplace's JSON with tokens and rate limits, scoring,
 * follow-up clocks, notes, exports and the leads API, and the lead digests e-mailed through the mail
 * module's outbox. Depends on onboarding for offers.
 */
@ApplicationModule(displayName = "Leads", allowedDependencies = {"common", "security", "audit", "account", "onboarding", "mail"})
package com.publisherportal.leads;

import org.springframework.modulith.ApplicationModule;
