/**
 * The storefront listing of an offer: texts, taxonomy, media checked on their content, revisions,
 * submission rules, the preview and the public product page (ProductPage, named interface product-
 * page, used by the storefront). Depends on onboarding for offers.
 */
@ApplicationModule(displayName = "Storefront listing", allowedDependencies = {"common", "security", "audit", "account", "onboarding", "onboarding :: offer-route", "onboarding :: offer-page"})
package com.publisherportal.listing;

import org.springframework.modulith.ApplicationModule;
