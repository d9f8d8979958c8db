package com.publisherportal.listing;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * A listing's reviewable content as field → text (the editor's field names, and "media" for the
 * marketing artifacts), to compare what a reviewer saw last time with what is submitted now.
 */
public record ListingSnapshot(Map<String, String> fields) {

    public ListingSnapshot {
        fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /** One field that differs: its editor name, the text before (at the last review) and now; "" for none. */
    public record Change(String field, String before, String after) {
    }

    static ListingSnapshot of(ListingRevision r, List<ListingMedia> media) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("name", r.name());
        f.put("summary", r.summary());
        f.put("description", r.description());
        f.put("gettingStarted", r.gettingStarted());
        f.put("categories", r.categories());
        f.put("industries", r.industries());
        f.put("verticals", r.verticals());
        f.put("productsUsed", r.productsUsed());
        f.put("keywords", r.keywords());
        f.put("privacyUrl", r.privacyUrl());
        f.put("supportName", r.supportName());
        f.put("supportEmail", r.supportEmail());
        f.put("supportPhone", r.supportPhone());
        f.put("engineeringName", r.engineeringName());
        f.put("engineeringEmail", r.engineeringEmail());
        f.put("engineeringPhone", r.engineeringPhone());
        f.put("media", media.stream().map(m -> m.kind().name() + " " + (m.fileName() == null ? m.videoUrl() : m.fileName()))
                .collect(Collectors.joining("\n")));
        f.replaceAll((k, v) -> v == null ? "" : v);
        return new ListingSnapshot(f);
    }

    /** The fields that differ from {@code earlier}, in the editor's order. */
    public List<Change> changesSince(ListingSnapshot earlier) {
        List<Change> changes = new ArrayList<>();
        fields.forEach((field, now) -> {
            String before = earlier.fields.getOrDefault(field, "");
            if (!Objects.equals(before, now)) {
                changes.add(new Change(field, before, now));
            }
        });
        return changes;
    }

    String stored() {
        Properties p = new Properties();
        p.putAll(fields);
        StringWriter out = new StringWriter();
        try {
            p.store(out, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static ListingSnapshot read(String stored) {
        Properties p = new Properties();
        try {
            p.load(new StringReader(stored));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> f = new LinkedHashMap<>();
        p.stringPropertyNames().forEach(name -> f.put(name, p.getProperty(name)));
        return new ListingSnapshot(f);
    }
}
