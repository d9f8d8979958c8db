/**
 * The conversation on every review item between the publisher's members and staff: messages with
 * a PDF or PNG attachment, staff-only notes, a publisher's reply linked to the failed review it
 * answers; each new message notifies the other side (the bell counts it as unread).
 */
@ApplicationModule(displayName = "Review conversations", allowedDependencies = {"common", "security", "account",
        "notification", "mail", "onboarding", "onboarding :: offer-page", "listing"})
package com.publisherportal.conversation;

import org.springframework.modulith.ApplicationModule;
