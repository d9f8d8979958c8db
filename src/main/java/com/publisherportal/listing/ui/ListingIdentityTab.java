package com.publisherportal.listing.ui;

import com.publisherportal.listing.ConsultingTitle;
import com.publisherportal.listing.ConsultingType;
import com.publisherportal.listing.ConsultingUnit;
import com.publisherportal.listing.ListingCapabilities;
import com.publisherportal.listing.ListingRules;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The listing editor's identity tab: the name (for consulting offers, composed into a title with
 * duration, unit and type, shown as it will read) and the summary.
 */
class ListingIdentityTab extends FormLayout {

    ListingIdentityTab(ListingFields fields, ListingCapabilities can) {
        TextField name = fields.counted("listing.field.name", "name", ListingRules.NAME_MAX, e -> e.name,
                (e, v) -> e.name = v);
        if (can.consultingTitle()) {
            name.setLabel(fields.translate("listing.field.consultingName"));
            fields.alias("consultingName", name);
            IntegerField duration = new IntegerField(fields.translate("listing.field.consultingDuration"));
            duration.setMin(1);
            duration.setStepButtonsVisible(true);
            fields.bind(duration, "consultingDuration", e -> e.consultingDuration, (e, v) -> e.consultingDuration = v);
            Select<ConsultingUnit> unit = new Select<>();
            unit.setLabel(fields.translate("listing.field.consultingUnit"));
            unit.setItems(ConsultingUnit.values());
            unit.setItemLabelGenerator(u -> fields.translate("consulting.unit." + u.name()));
            fields.bind(unit, "consultingUnit", e -> e.consultingUnit, (e, v) -> e.consultingUnit = v);
            Select<ConsultingType> type = new Select<>();
            type.setLabel(fields.translate("listing.field.consultingType"));
            type.setItems(ConsultingType.values());
            type.setItemLabelGenerator(t -> fields.translate("consulting.type." + t.name()));
            fields.bind(type, "consultingType", e -> e.consultingType, (e, v) -> e.consultingType = v);
            Span composed = new Span();
            composed.setId("consulting-title");
            Runnable compose = () -> {
                ConsultingTitle title = new ConsultingTitle(name.getValue(), duration.getValue(), unit.getValue(),
                        type.getValue());
                composed.setText(fields.translate("listing.consulting.composed", title.composed(),
                        title.composed().length(), ConsultingTitle.MAX_LENGTH));
            };
            name.addValueChangeListener(e -> compose.run());
            duration.addValueChangeListener(e -> compose.run());
            unit.addValueChangeListener(e -> compose.run());
            type.addValueChangeListener(e -> compose.run());
            compose.run();
            add(name, duration, unit, type, composed);
        } else {
            add(name);
        }
        TextField summary = fields.counted("listing.field.summary", "summary", ListingRules.SUMMARY_MAX,
                e -> e.summary, (e, v) -> e.summary = v);
        add(summary);
        setColspan(summary, 2);
    }
}
