/**
 * Customer usage attribution: the tracking GUID registry, snippets and privacy notices, the ARM
 * template checker (page and API). Depends on onboarding for offers.
 */
@ApplicationModule(displayName = "Customer usage attribution", allowedDependencies = {"common", "security", "audit", "account", "onboarding"})
package com.publisherportal.attribution;

import org.springframework.modulith.ApplicationModule;
