/**
 * SaaS subscriptions (issue 17): the client of the marketplace's SaaS Fulfillment API v2 and
 * Metering API ({@link MarketplaceClient}), the landing page that resolves and activates a
 * purchase, the webhook that applies the marketplace's operations, the register of subscriptions
 * with their history, and the metered usage reported for them. The {@code emulator} subpackage is
 * a stand-in for the marketplace (Spring profile {@code marketplace-emulator}) that the demo and
 * the tests call over HTTP. Insights learn of purchases, changes, cancellations and accepted usage
 * from {@link com.publisherportal.insights.CommerceEvent}s this module publishes in the register's
 * transactions (insights never depend on this module).
 */
@ApplicationModule(displayName = "SaaS subscriptions", allowedDependencies = {"common", "security", "audit",
        "notification", "account", "mail", "onboarding", "plans", "technical", "insights"})
package com.publisherportal.subscriptions;

import org.springframework.modulith.ApplicationModule;
