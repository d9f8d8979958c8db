package com.publisherportal.listing;

/** A vertical of an industry (e.g. Insurance under Financial services); its name is the bundle's {@code vertical.<code>}. */
public record Vertical(String code, String industry) {

    public Vertical {
        if (code == null || code.isBlank() || industry == null || industry.isBlank()) {
            throw new IllegalArgumentException("A vertical has a code and an industry");
        }
    }
}
