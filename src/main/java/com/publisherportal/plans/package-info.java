/**
 * What an offer sells: its plans (id, names, visibility, private audiences), the pricing model its
 * offer type allows, the markets each plan is sold in with prices converted from USD at the staff's
 * exchange rates or overridden per market, the pricing workbook's Excel round trip and the schedule
 * of price changes on live plans. Adds its submission checks to onboarding and the public plans to
 * the storefront's product page.
 */
@ApplicationModule(displayName = "Plans and pricing", allowedDependencies = {"common", "security", "audit", "account",
        "onboarding", "onboarding :: offer-route", "onboarding :: offer-page", "listing", "listing :: product-page"})
package com.publisherportal.plans;

import org.springframework.modulith.ApplicationModule;
