/**
 * The application shell: the main layout with the menu built from the views' @Menu entries, the
 * dashboard assembled from the modules' DashboardContributions, and the UI-wide error handler. No
 * feature depends on the shell.
 */
@ApplicationModule(displayName = "Shell", allowedDependencies = {"common", "security", "account", "notification", "notification :: bell"})
package com.publisherportal.shell;

import org.springframework.modulith.ApplicationModule;
