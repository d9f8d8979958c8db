package com.publisherportal.notification;

import java.time.Instant;
import java.util.List;

/** An in-app notification: a text (key and arguments) and the item it links to. */
public record PortalNotification(long id, Instant createdAt, String messageKey, List<String> arguments, String link,
                                 boolean read) {
}
