package com.publisherportal.listing.ui;

import com.publisherportal.listing.VerticalCatalogue;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Div;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The verticals of a listing, chosen under each selected industry (one box per industry that has
 * verticals, ids {@code listing-verticals-<industry>}). A box with more than the allowed number is
 * marked at once with a message naming its industry; the service refuses it on save as well.
 * Verticals of an industry that is no longer selected are dropped.
 */
class VerticalsField extends CustomField<List<String>> {

    private final VerticalCatalogue catalogue;
    private final BiFunction<String, Object[], String> translate;
    private final Div boxes = new Div();
    private final Map<String, MultiSelectComboBox<String>> byIndustry = new LinkedHashMap<>();
    private List<String> industries = List.of();
    private List<String> chosen = List.of();

    VerticalsField(String label, VerticalCatalogue catalogue, BiFunction<String, Object[], String> translate) {
        this.catalogue = catalogue;
        this.translate = translate;
        setLabel(label);
        add(boxes);
    }

    /** Shows one box per selected industry that has verticals, keeping what was chosen under them. */
    void showIndustries(Collection<String> selected) {
        industries = List.copyOf(selected);
        rebuild();
        updateValue();
    }

    @Override
    protected List<String> generateModelValue() {
        List<String> value = new ArrayList<>();
        byIndustry.values().forEach(box -> value.addAll(box.getSelectedItems()));
        return value;
    }

    @Override
    protected void setPresentationValue(List<String> value) {
        chosen = value == null ? List.of() : List.copyOf(value);
        rebuild();
    }

    private void rebuild() {
        List<String> kept = new ArrayList<>(chosen);
        byIndustry.values().forEach(box -> kept.addAll(box.getSelectedItems()));
        boxes.removeAll();
        byIndustry.clear();
        for (String industry : industries) {
            List<String> verticals = catalogue.of(industry);
            if (verticals.isEmpty()) {
                continue;
            }
            MultiSelectComboBox<String> box = new MultiSelectComboBox<>(
                    text("listing.verticals.of", text("industry." + industry)));
            box.setId("listing-verticals-" + industry);
            box.setItems(verticals);
            box.setItemLabelGenerator(code -> text("vertical." + code));
            box.setHelperText(text("listing.verticals.help", VerticalCatalogue.PER_INDUSTRY_MAX));
            box.setValue(new LinkedHashSet<>(verticals.stream().filter(kept::contains).toList()));
            box.setReadOnly(isReadOnly());
            mark(box, industry);
            box.addValueChangeListener(e -> {
                mark(box, industry);
                chosen = generateModelValue();
                updateValue();
            });
            byIndustry.put(industry, box);
            boxes.add(box);
        }
        chosen = generateModelValue();
    }

    private void mark(MultiSelectComboBox<String> box, String industry) {
        int count = box.getSelectedItems().size();
        boolean over = count > VerticalCatalogue.PER_INDUSTRY_MAX;
        box.setErrorMessage(over ? text("verticals.too-many", text("industry." + industry),
                VerticalCatalogue.PER_INDUSTRY_MAX, count) : null);
        box.setInvalid(over);
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        super.setReadOnly(readOnly);
        byIndustry.values().forEach(box -> box.setReadOnly(readOnly));
    }

    private String text(String key, Object... args) {
        return translate.apply(key, args);
    }
}
