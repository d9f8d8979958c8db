/**
 * Technical configuration of an offer, per offer type (domain.md 10): SaaS landing page and
 * webhook with the Entra ids, virtual machine image versions per plan, the Azure application's
 * package checked by the customer usage attribution checker, container images. Adds a
 * submission check (configuration complete for the type) and the offer's "Technical
 * configuration" page. Plans come from onboarding's {@code OfferPlans} extension.
 */
@ApplicationModule(displayName = "Technical configuration", allowedDependencies = {"common", "security", "audit",
        "account", "onboarding", "onboarding :: offer-route", "onboarding :: offer-page", "attribution"})
package com.publisherportal.technical;

import org.springframework.modulith.ApplicationModule;
