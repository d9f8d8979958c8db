package com.publisherportal.leads;

import com.publisherportal.common.OutsideText;
import tools.jackson.databind.JsonNode;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A lead exactly as the marketplace posts it to an HTTPS endpoint (docs/domain.md, Leads): top-level
 * {@code ActionCode}, {@code OfferTitle}, {@code LeadSource}, {@code Description} and the object
 * {@code UserDetails}. Every field may be missing; unknown fields are ignored; names are matched
 * without regard to case.
 */
public record LeadPayload(String actionCode, String offerTitle, String leadSource, String description,
                          String firstName, String lastName, String email, String phone, String country,
                          String company, String title) {

    /** Text from outside: trimmed, blank as null, and cleaned of control and bidi characters and lone surrogates before anything stores it. */
    public LeadPayload {
        actionCode = line(actionCode);
        offerTitle = line(offerTitle);
        leadSource = line(leadSource);
        description = blankToNull(OutsideText.multiLine(description));
        firstName = line(firstName);
        lastName = line(lastName);
        email = line(email);
        phone = line(phone);
        country = line(country);
        company = line(company);
        title = line(title);
    }

    /** The body is JSON but not shaped like a lead (e.g. an array, or an object where text belongs). */
    public static class ShapeException extends IllegalArgumentException {
        public ShapeException(String message) {
            super(message);
        }
    }

    private static String line(String value) {
        return blankToNull(OutsideText.singleLine(value));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public static LeadPayload fromJson(JsonNode root) {
        if (root == null || !root.isObject()) {
            throw new ShapeException("The body must be a JSON object.");
        }
        Map<String, JsonNode> top = lowerCased(root);
        JsonNode user = top.get("userdetails");
        Map<String, JsonNode> details = Map.of();
        if (user != null && !user.isNull()) {
            if (!user.isObject()) {
                throw new ShapeException("UserDetails must be an object.");
            }
            details = lowerCased(user);
        }
        return new LeadPayload(text(top, "ActionCode"), text(top, "OfferTitle"), text(top, "LeadSource"),
                text(top, "Description"), text(details, "FirstName"), text(details, "LastName"),
                text(details, "Email"), text(details, "Phone"), text(details, "Country"), text(details, "Company"),
                text(details, "Title"));
    }

    private static Map<String, JsonNode> lowerCased(JsonNode object) {
        Map<String, JsonNode> fields = new java.util.HashMap<>();
        for (var entry : object.properties()) {
            fields.putIfAbsent(entry.getKey().toLowerCase(Locale.ROOT), entry.getValue());
        }
        return fields;
    }

    /** A text field: a string, a number (e.g. a phone sent as a number) or null; anything else is a wrong shape. */
    private static String text(Map<String, JsonNode> fields, String name) {
        JsonNode node = fields.get(name.toLowerCase(Locale.ROOT));
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isString() || node.isNumber()) {
            return node.asString();
        }
        throw new ShapeException(name + " must be text.");
    }

    /** Whether any value marks this as the marketplace's test lead ({@code MSFT_TEST…}). */
    public boolean isTestLead() {
        return Stream.of(actionCode, offerTitle, leadSource, description, firstName, lastName, email, phone, country,
                        company, title)
                .anyMatch(v -> v != null && v.regionMatches(true, 0, LeadRules.TEST_MARKER, 0, LeadRules.TEST_MARKER.length()));
    }
}
