package com.publisherportal.listing;

import com.publisherportal.common.Translatable;
import com.publisherportal.common.ValidationException.Violation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The marketplace's verticals, by industry, and the listing rule on them (docs/domain.md, Storefront
 * listing rules): at most {@link #PER_INDUSTRY_MAX} verticals per industry, each under an industry the
 * listing has chosen.
 */
public record VerticalCatalogue(List<Vertical> verticals) {

    public static final int PER_INDUSTRY_MAX = 2;
    public static final VerticalCatalogue EMPTY = new VerticalCatalogue(List.of());

    public VerticalCatalogue {
        verticals = List.copyOf(verticals);
    }

    public Optional<String> industryOf(String vertical) {
        return verticals.stream().filter(v -> v.code().equals(vertical)).map(Vertical::industry).findFirst();
    }

    /** The verticals of one industry, in the marketplace's order (none for an industry without verticals). */
    public List<String> of(String industry) {
        return verticals.stream().filter(v -> v.industry().equals(industry)).map(Vertical::code).toList();
    }

    /** The chosen verticals grouped under their industry, in the order chosen. */
    public Map<String, List<String>> byIndustry(List<String> chosen) {
        Map<String, List<String>> grouped = new LinkedHashMap<>();
        for (String vertical : chosen) {
            industryOf(vertical).ifPresent(i -> grouped.computeIfAbsent(i, k -> new ArrayList<>()).add(vertical));
        }
        return grouped;
    }

    /**
     * What is wrong with {@code verticals} for a listing with {@code industries}: a vertical that is not
     * one of the marketplace's, one whose industry is not chosen, more than two under one industry
     * (the message names the industry).
     */
    public List<Violation> check(List<String> industries, List<String> verticals) {
        List<Violation> v = new ArrayList<>();
        List<String> chosenIndustries = industries == null ? List.of() : industries;
        for (String vertical : verticals == null ? List.<String>of() : verticals) {
            Optional<String> industry = industryOf(vertical);
            if (industry.isEmpty()) {
                v.add(new Violation("verticals", "verticals.unknown", vertical));
            } else if (!chosenIndustries.contains(industry.get())) {
                v.add(new Violation("verticals", "verticals.industry-not-chosen", name("vertical." + vertical),
                        name("industry." + industry.get())));
            }
        }
        byIndustry(verticals == null ? List.of() : verticals).forEach((industry, chosen) -> {
            if (chosen.size() > PER_INDUSTRY_MAX) {
                v.add(new Violation("verticals", "verticals.too-many", name("industry." + industry), PER_INDUSTRY_MAX,
                        chosen.size()));
            }
        });
        return v;
    }

    /** An industry's or vertical's name inside a message, in the reader's language. */
    static Translatable name(String key) {
        return new Name(key);
    }

    record Name(String messageKey) implements Translatable {
    }
}
