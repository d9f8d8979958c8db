/**
 * The seller's path: nomination, seller registration, certification prerequisites, offers and
 * their lifecycle (draft, submit, certification, preview, live, stop sell) with history, the staff
 * review queue with business-day clocks and public holidays. Offer types carry their capabilities.
 * Exposes OfferPage (offer-route), the base of the pages of an offer that other modules add, and
 * OfferOverviewSection (offer-page) for sections of the offer overview. Decisions are e-mailed
 * through the mail module's outbox.
 */
@ApplicationModule(displayName = "Onboarding", allowedDependencies = {"common", "security", "audit", "notification", "account", "mail"})
package com.publisherportal.onboarding;

import org.springframework.modulith.ApplicationModule;
