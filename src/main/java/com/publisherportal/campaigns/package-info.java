/**
 * Go-to-market: the public storefront page, visit and call-to-action tracking, campaign links, the
 * launch checklist and test drives; storefront calls to action become leads. Contributes the
 * launch progress to the offer overview.
 */
@ApplicationModule(displayName = "Go-to-market", allowedDependencies = {"common", "security", "audit", "account", "onboarding", "onboarding :: offer-route", "onboarding :: offer-page", "listing", "listing :: product-page", "leads"})
package com.publisherportal.campaigns;

import org.springframework.modulith.ApplicationModule;
