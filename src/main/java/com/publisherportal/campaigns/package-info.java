/**
 * Go-to-market: the public storefront page, visit and call-to-action tracking, campaign links, the
 * launch checklist, test drives (ARM, Dynamics 365, Power BI) with their public page, and the
 * go-to-market benefits (the staff's catalogue, and per offer what it qualifies for and what the
 * next step takes); storefront calls to action become leads. Contributes the launch progress to
 * the offer overview. Reads the plans' pricing models to know which listing types an offer type
 * can reach; its sales figures come from insights through {@link com.publisherportal.campaigns.OfferSalesFigures}.
 */
@ApplicationModule(displayName = "Go-to-market", allowedDependencies = {"common", "security", "audit", "account", "onboarding", "onboarding :: offer-route", "onboarding :: offer-page", "listing", "listing :: product-page", "leads", "plans"})
package com.publisherportal.campaigns;

import org.springframework.modulith.ApplicationModule;
