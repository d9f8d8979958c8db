/**
 * In-app notifications: written by the features in the same transaction as the event, read by
 * their recipient through the bell (a named interface, bell, used by the shell). Depends on
 * security for the current user.
 */
@ApplicationModule(displayName = "Notifications", allowedDependencies = {"common", "security"})
package com.publisherportal.notification;

import org.springframework.modulith.ApplicationModule;
