package com.publisherportal.listing.ui;

import com.publisherportal.listing.ListingCapabilities;
import com.publisherportal.listing.ListingRules;
import com.publisherportal.listing.TaxonomyService;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import java.util.List;

/**
 * The listing editor's details tab: description, getting started, categories, and, where the
 * offer type has them, industries and products used; then the search keywords.
 */
class ListingDetailsTab extends FormLayout {

    ListingDetailsTab(ListingFields fields, ListingCapabilities can, TaxonomyService taxonomy) {
        TextArea description = fields.area("listing.field.description", "description", ListingRules.DESCRIPTION_MAX,
                e -> e.description, (e, v) -> e.description = v);
        description.setHelperText(fields.translate("listing.description.help"));
        TextArea gettingStarted = fields.area("listing.field.gettingStarted", "gettingStarted",
                ListingRules.GETTING_STARTED_MAX, e -> e.gettingStarted, (e, v) -> e.gettingStarted = v);
        MultiSelectComboBox<String> categories = fields.multi("listing.field.categories", "categories",
                taxonomy.categories(), "category.", e -> e.categories);
        categories.setHelperText(fields.translate("listing.categories.help", ListingRules.CATEGORIES_MAX));
        List<TextField> keywords = fields.list("listing.field.keyword", "keywords", ListingRules.KEYWORDS_MAX,
                e -> e.keywords);
        add(description, gettingStarted, categories);
        setColspan(description, 2);
        setColspan(gettingStarted, 2);
        if (can.industries()) {
            MultiSelectComboBox<String> industries = fields.multi("listing.field.industries", "industries",
                    taxonomy.industries(), "industry.", e -> e.industries);
            industries.setHelperText(fields.translate("listing.industries.help", can.industriesMax()));
            // Verticals are chosen under each selected industry; bound after the industries so they read last.
            VerticalsField verticals = new VerticalsField(fields.translate("listing.field.verticals"),
                    taxonomy.verticals(), fields::translate);
            fields.bind(verticals, "verticals", e -> new java.util.ArrayList<>(e.verticals),
                    (e, v) -> e.verticals = new java.util.ArrayList<>(v));
            industries.addValueChangeListener(e -> verticals.showIndustries(e.getValue()));
            verticals.showIndustries(industries.getValue());
            add(industries, verticals);
            setColspan(verticals, 2);
        }
        if (can.productsUsed()) {
            fields.list("listing.field.product", "productsUsed", ListingRules.PRODUCTS_MAX, e -> e.productsUsed)
                    .forEach(this::add);
        }
        keywords.forEach(this::add);
    }
}
