/**
 * Customer usage attribution: the tracking GUID registry, snippets and privacy notices, the ARM
 * template checker (page and API). Depends on onboarding for offers, and on insights for the
 * deployments reported per GUID.
 */
@ApplicationModule(displayName = "Customer usage attribution", allowedDependencies = {"common", "security", "audit", "account", "onboarding", "insights"})
package com.publisherportal.attribution;

import org.springframework.modulith.ApplicationModule;
