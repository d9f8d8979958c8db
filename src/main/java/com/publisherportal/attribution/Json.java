package com.publisherportal.attribution;

import tools.jackson.databind.JsonNode;

import java.util.Map;

/** ARM reads property names without regard to case ("Type", "type"): lookups here do the same. */
final class Json {

    private Json() {
    }

    /** The property of an object whatever the case of its name (an exact match first); null when absent. */
    static JsonNode field(JsonNode object, String name) {
        if (object == null || !object.isObject()) {
            return null;
        }
        JsonNode exact = object.get(name);
        if (exact != null) {
            return exact;
        }
        for (Map.Entry<String, JsonNode> property : object.properties()) {
            if (property.getKey().equalsIgnoreCase(name)) {
                return property.getValue();
            }
        }
        return null;
    }

    /** A string property, or null when absent or not a string. */
    static String text(JsonNode object, String name) {
        JsonNode value = field(object, name);
        return value != null && value.isString() ? value.stringValue() : null;
    }
}
