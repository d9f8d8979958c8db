package com.publisherportal.listing;

import com.publisherportal.common.ValidationException.Violation;

import java.util.ArrayList;
import java.util.List;

/**
 * A consulting offer's title, {@code Name: Duration Type}, e.g. "Contoso: 2-Week Implementation":
 * a whole number of hours, days or weeks; an implementation lasts at most two weeks; at most
 * 50 characters in all.
 */
public record ConsultingTitle(String name, Integer duration, ConsultingUnit unit, ConsultingType type) {

    public static final int MAX_LENGTH = 50;

    public String composed() {
        return (name == null ? "" : name.trim()) + ": " + (duration == null ? "?" : duration) + "-"
                + (unit == null ? "?" : unit.label()) + " " + (type == null ? "?" : type.label());
    }

    public List<Violation> violations() {
        List<Violation> violations = new ArrayList<>();
        if (name == null || name.isBlank()) {
            violations.add(new Violation("consultingName", "listing.consulting.name-required"));
        } else if (name.contains(":")) {
            violations.add(new Violation("consultingName", "listing.consulting.name-colon"));
        }
        if (duration == null || duration < 1) {
            violations.add(new Violation("consultingDuration", "listing.consulting.duration-whole"));
        }
        if (unit == null) {
            violations.add(new Violation("consultingUnit", "listing.consulting.unit-required"));
        }
        if (type == null) {
            violations.add(new Violation("consultingType", "listing.consulting.type-required"));
        }
        if (type == ConsultingType.IMPLEMENTATION && unit != null && duration != null && duration > unit.implementationMax()) {
            violations.add(new Violation("consultingDuration", "listing.consulting.implementation-too-long"));
        }
        if (violations.isEmpty() && composed().length() > MAX_LENGTH) {
            violations.add(new Violation("consultingName", "listing.consulting.title-too-long", MAX_LENGTH, composed().length()));
        }
        return violations;
    }
}
