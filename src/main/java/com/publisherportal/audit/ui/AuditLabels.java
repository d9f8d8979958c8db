package com.publisherportal.audit.ui;

import com.publisherportal.audit.AuditEntry;
import com.publisherportal.common.ui.Formats;
import com.vaadin.flow.component.Component;

import java.util.Locale;

/**
 * How an audit entry reads to people, on screen and in the downloads: the item it concerns by
 * its kind and name (a user's name and e-mail, an offer's name) rather than "user #14", and the
 * details' statuses and roles as translated labels rather than "MANAGER -> DEVELOPER".
 */
final class AuditLabels {

    private static final String ARROW = " -> ";
    private static final String AS = " as ";

    private AuditLabels() {
    }

    /** The item an entry concerns: "User: Maria Manager &lt;manager@…&gt;", "Offer: Contoso Analytics", "Lead 14". */
    static String entity(Component context, AuditEntry entry) {
        if (entry.entityType() == null) {
            return "";
        }
        String kind = label(context, "audit.entity-type." + entry.entityType(), entry.entityType());
        if (entry.subject() != null && !entry.subject().isBlank()) {
            return context.getTranslation("audit.entity.named", kind, entry.subject());
        }
        return entry.entityId() == null ? kind : context.getTranslation("audit.entity.numbered", kind, entry.entityId());
    }

    /** The details, with the statuses and roles they name translated. */
    static String details(Component context, AuditEntry entry) {
        String details = entry.details();
        if (details == null || details.isBlank()) {
            return "";
        }
        String action = entry.action() == null ? "" : entry.action();
        String prefix = valuePrefix(action);
        if (prefix != null && details.contains(ARROW)) {
            int at = details.indexOf(ARROW);
            return label(context, prefix + details.substring(0, at).strip(), details.substring(0, at).strip()) + " → "
                    + label(context, prefix + details.substring(at + ARROW.length()).strip(),
                    details.substring(at + ARROW.length()).strip());
        }
        if (prefix != null && details.contains(AS)) {
            int at = details.lastIndexOf(AS);
            String value = details.substring(at + AS.length()).strip();
            return context.getTranslation("audit.details.as", details.substring(0, at), label(context, prefix + value, value));
        }
        if (prefix != null && details.strip().matches("[A-Z][A-Z0-9_]*")) {
            return label(context, prefix + details.strip(), details);
        }
        if ("LANGUAGE_CHANGED".equals(action)) {
            String name = Locale.forLanguageTag(details.strip()).getDisplayLanguage(Formats.locale());
            return name.isBlank() ? details : name;
        }
        return details;
    }

    /** The message-key prefix of the values an action's details name, or null when they name none. */
    private static String valuePrefix(String action) {
        if (action.startsWith("STAFF_")) {
            return "platform-role.";
        }
        if (action.startsWith("USER_")) {
            return "role.";
        }
        if (action.startsWith("LEAD_STATUS")) {
            return "lead.status.";
        }
        if (action.startsWith("OFFER_")) {
            return "offer-status.";
        }
        if (action.startsWith("PLAN_VISIBILITY")) {
            return "plan-visibility.";
        }
        if (action.startsWith("LAUNCH_ITEM")) {
            return "launch.";
        }
        return null;
    }

    /** The translation of {@code key}, or {@code fallback} when there is none. */
    private static String label(Component context, String key, String fallback) {
        String text = context.getTranslation(key);
        return text == null || text.equals(key) ? fallback : text;
    }
}
