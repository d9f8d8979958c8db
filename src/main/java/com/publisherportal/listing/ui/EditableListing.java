package com.publisherportal.listing.ui;

import com.publisherportal.listing.ConsultingType;
import com.publisherportal.listing.ConsultingUnit;
import com.publisherportal.listing.ListingForm;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * What the listing editor's {@code Binder} reads and writes: a {@link ListingForm} that fields can
 * change one by one. The editor writes into a new one on save, so what a tab does not show (the
 * industries of a virtual machine, say) is sent empty, as the service expects.
 */
final class EditableListing {

    String name;
    String summary;
    String description;
    String gettingStarted;
    List<String> categories = new ArrayList<>();
    List<String> industries = new ArrayList<>();
    List<String> verticals = new ArrayList<>();
    /** One entry per field of the fixed-size list; blanks and repeats are dropped by {@link #toForm}. */
    List<String> productsUsed = new ArrayList<>();
    /** One entry per field of the fixed-size list; blanks and repeats are dropped by {@link #toForm}. */
    List<String> keywords = new ArrayList<>();
    String privacyUrl;
    String supportName;
    String supportEmail;
    String supportPhone;
    String engineeringName;
    String engineeringEmail;
    String engineeringPhone;
    Integer consultingDuration;
    ConsultingUnit consultingUnit;
    ConsultingType consultingType;

    static EditableListing of(ListingForm f) {
        EditableListing e = new EditableListing();
        e.name = f.name();
        e.summary = f.summary();
        e.description = f.description();
        e.gettingStarted = f.gettingStarted();
        e.categories = new ArrayList<>(f.categories());
        e.industries = new ArrayList<>(f.industries());
        e.verticals = new ArrayList<>(f.verticals());
        e.productsUsed = new ArrayList<>(f.productsUsed());
        e.keywords = new ArrayList<>(f.keywords());
        e.privacyUrl = f.privacyUrl();
        e.supportName = f.supportName();
        e.supportEmail = f.supportEmail();
        e.supportPhone = f.supportPhone();
        e.engineeringName = f.engineeringName();
        e.engineeringEmail = f.engineeringEmail();
        e.engineeringPhone = f.engineeringPhone();
        e.consultingDuration = f.consultingDuration();
        e.consultingUnit = f.consultingUnit();
        e.consultingType = f.consultingType();
        return e;
    }

    ListingForm toForm() {
        return new ListingForm(name, summary, description, gettingStarted, new ArrayList<>(categories),
                new ArrayList<>(industries), filled(productsUsed), filled(keywords), privacyUrl, supportName,
                supportEmail, supportPhone, engineeringName, engineeringEmail, engineeringPhone, consultingDuration,
                consultingUnit, consultingType, new ArrayList<>(verticals));
    }

    /** Entry {@code index} of a fixed-size list, or blank. */
    static String slot(List<String> list, int index) {
        return index < list.size() ? list.get(index) : "";
    }

    static void setSlot(List<String> list, int index, String value) {
        while (list.size() <= index) {
            list.add("");
        }
        list.set(index, value);
    }

    /** The filled entries, trimmed, each once, in order. */
    private static List<String> filled(List<String> slots) {
        return new ArrayList<>(new LinkedHashSet<>(slots.stream().map(String::trim).filter(s -> !s.isEmpty()).toList()));
    }
}
