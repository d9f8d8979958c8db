package com.publisherportal.campaigns.ui;

import com.publisherportal.common.ui.PortalButton;
import com.publisherportal.common.ui.PortalGrid;
import com.publisherportal.campaigns.Benefit;
import com.publisherportal.campaigns.BenefitGroup;
import com.publisherportal.campaigns.BenefitService;
import com.publisherportal.campaigns.ListingType;
import com.publisherportal.campaigns.Storefront;
import com.publisherportal.common.PortalException;
import com.publisherportal.common.ui.FormErrors;
import com.publisherportal.common.ui.Formats;
import com.publisherportal.common.ui.MenuSections;
import com.publisherportal.common.ui.Notify;
import com.publisherportal.common.ui.TitledView;
import com.publisherportal.security.Roles;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Staff: the go-to-market benefit catalogue. Each benefit has its names and descriptions in both
 * languages and its condition (listing types, storefronts, thresholds on live offers, leads and
 * billed sales); publishers see on each offer's go-to-market page what it qualifies for.
 */
@Route("staff/benefits")
@Menu(title = "nav.benefits", order = MenuSections.STAFF + 57, icon = "vaadin:gift")
@RolesAllowed(Roles.STAFF)
public class BenefitsView extends VerticalLayout implements TitledView {

    private final BenefitService benefits;
    private final Grid<Benefit> grid = new PortalGrid<>();
    private final H3 editing = new H3();
    private final TextField code = new TextField();
    private final Select<BenefitGroup> group = new Select<>();
    private final TextField nameEn = new TextField();
    private final TextField nameFr = new TextField();
    private final TextArea descriptionEn = new TextArea();
    private final TextArea descriptionFr = new TextArea();
    private final CheckboxGroup<ListingType> listingTypes = new CheckboxGroup<>();
    private final CheckboxGroup<Storefront> storefronts = new CheckboxGroup<>();
    private final IntegerField minLiveOffers = new IntegerField();
    private final IntegerField minLeads = new IntegerField();
    private final BigDecimalField minBilledSales = new BigDecimalField();
    private final IntegerField sortOrder = new IntegerField();
    private final Checkbox active = new Checkbox();
    private final Map<String, HasValidation> fields = new HashMap<>();
    private Benefit selected;

    public BenefitsView(BenefitService benefits) {
        this.benefits = benefits;
        addClassName("portal-page");
        setId("benefits-view");
        grid.setId("benefits-grid");
        // Cells wrap: the names and conditions are read whole, not cut to fit.
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(b -> b.name(getLocale())).setHeader(getTranslation("benefits.staff.name")).setWidth("14rem").setFlexGrow(2);
        grid.addColumn(b -> getTranslation(b.group().messageKey())).setHeader(getTranslation("benefits.staff.group"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(b -> b.listingTypes().stream().map(t -> getTranslation(t.messageKey())).collect(Collectors.joining(", ")))
                .setHeader(getTranslation("benefits.staff.listing-types")).setWidth("11rem");
        grid.addColumn(b -> b.storefronts().stream().map(t -> getTranslation(t.messageKey())).collect(Collectors.joining(", ")))
                .setHeader(getTranslation("benefits.staff.storefronts")).setWidth("11rem");
        grid.addColumn(this::thresholds).setHeader(getTranslation("benefits.staff.thresholds")).setWidth("13rem");
        grid.addColumn(b -> getTranslation(b.active() ? "benefits.staff.active.yes" : "benefits.staff.active.no"))
                .setHeader(getTranslation("benefits.staff.active")).setAutoWidth(true).setFlexGrow(0);
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                edit(e.getValue());
            }
        });
        grid.setHeight("24rem");

        field(code, "code", "benefits.staff.code", "benefit-code");
        code.setHelperText(getTranslation("benefits.code.rule"));
        code.setMaxLength(40);
        group.setLabel(getTranslation("benefits.staff.group"));
        group.setItems(BenefitGroup.values());
        group.setItemLabelGenerator(g -> getTranslation(g.messageKey()));
        group.setId("benefit-group");
        fields.put("group", group);
        field(nameEn, "nameEn", "benefits.staff.name-en", "benefit-name-en");
        field(nameFr, "nameFr", "benefits.staff.name-fr", "benefit-name-fr");
        nameEn.setMaxLength(Benefit.NAME_MAX);
        nameFr.setMaxLength(Benefit.NAME_MAX);
        field(descriptionEn, "descriptionEn", "benefits.staff.description-en", "benefit-description-en");
        field(descriptionFr, "descriptionFr", "benefits.staff.description-fr", "benefit-description-fr");
        descriptionEn.setMaxLength(Benefit.DESCRIPTION_MAX);
        descriptionFr.setMaxLength(Benefit.DESCRIPTION_MAX);
        listingTypes.setLabel(getTranslation("benefits.staff.listing-types"));
        listingTypes.setItems(ListingType.values());
        listingTypes.setItemLabelGenerator(t -> getTranslation(t.messageKey()));
        listingTypes.setId("benefit-listing-types");
        fields.put("listingTypes", listingTypes);
        storefronts.setLabel(getTranslation("benefits.staff.storefronts"));
        storefronts.setItems(Storefront.values());
        storefronts.setItemLabelGenerator(t -> getTranslation(t.messageKey()));
        storefronts.setId("benefit-storefronts");
        fields.put("storefronts", storefronts);
        field(minLiveOffers, "minLiveOffers", "benefits.staff.min-live-offers", "benefit-min-live-offers");
        field(minLeads, "minLeads", "benefits.staff.min-leads", "benefit-min-leads");
        field(minBilledSales, "minBilledSales", "benefits.staff.min-billed-sales", "benefit-min-billed-sales");
        minLiveOffers.setMin(0);
        minLeads.setMin(0);
        minLiveOffers.setHelperText(getTranslation("benefits.staff.optional"));
        minLeads.setHelperText(getTranslation("benefits.staff.optional"));
        minBilledSales.setHelperText(getTranslation("benefits.staff.min-billed-sales.help"));
        field(sortOrder, "sortOrder", "benefits.staff.sort-order", "benefit-sort-order");
        active.setLabel(getTranslation("benefits.staff.active"));
        active.setId("benefit-active");

        Button save = new PortalButton(getTranslation("benefits.staff.save"), e -> save());
        save.setId("save-benefit");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button add = new PortalButton(getTranslation("benefits.staff.new"), e -> {
            grid.deselectAll();
            edit(null);
        });
        add.setId("new-benefit");
        FormLayout form = new FormLayout(code, group, nameEn, nameFr, descriptionEn, descriptionFr, listingTypes,
                storefronts, minLiveOffers, minLeads, minBilledSales, sortOrder, active);
        editing.setId("benefit-editing");
        add(new H2(getTranslation("benefits.staff.heading")), new Paragraph(getTranslation("benefits.staff.intro")), grid,
                add, editing, form, new HorizontalLayout(save));
        refresh();
        edit(null);
    }

    private String thresholds(Benefit b) {
        List<String> parts = new java.util.ArrayList<>();
        if (b.minLiveOffers() != null) {
            parts.add(getTranslation("benefits.staff.threshold.live-offers", Formats.number(b.minLiveOffers())));
        }
        if (b.minLeads() != null) {
            parts.add(getTranslation("benefits.staff.threshold.leads", Formats.number(b.minLeads())));
        }
        if (b.minBilledSales() != null) {
            parts.add(getTranslation("benefits.staff.threshold.sales", Formats.money(b.minBilledSales(), "USD")));
        }
        return parts.isEmpty() ? getTranslation("benefits.staff.threshold.none") : String.join(" · ", parts);
    }

    private void field(com.vaadin.flow.component.AbstractField<?, ?> field, String name, String labelKey, String id) {
        ((com.vaadin.flow.component.HasLabel) field).setLabel(getTranslation(labelKey));
        field.setId(id);
        fields.put(name, (HasValidation) field);
    }

    private void refresh() {
        grid.setItems(benefits.catalogue());
    }

    private void edit(Benefit benefit) {
        selected = benefit;
        FormErrors.clear(fields);
        editing.setText(benefit == null ? getTranslation("benefits.staff.adding")
                : getTranslation("benefits.staff.editing", benefit.name(getLocale())));
        code.setValue(benefit == null ? "" : benefit.code());
        group.setValue(benefit == null ? BenefitGroup.LISTING : benefit.group());
        nameEn.setValue(benefit == null ? "" : benefit.nameEn());
        nameFr.setValue(benefit == null ? "" : benefit.nameFr());
        descriptionEn.setValue(benefit == null ? "" : benefit.descriptionEn());
        descriptionFr.setValue(benefit == null ? "" : benefit.descriptionFr());
        listingTypes.setValue(benefit == null ? java.util.Set.of() : benefit.listingTypes());
        storefronts.setValue(benefit == null ? java.util.Set.of() : benefit.storefronts());
        minLiveOffers.setValue(benefit == null ? null : benefit.minLiveOffers());
        minLeads.setValue(benefit == null ? null : benefit.minLeads());
        minBilledSales.setValue(benefit == null ? null : benefit.minBilledSales());
        sortOrder.setValue(benefit == null ? nextSortOrder() : benefit.sortOrder());
        active.setValue(benefit == null || benefit.active());
    }

    private int nextSortOrder() {
        return benefits.catalogue().stream().mapToInt(Benefit::sortOrder).max().orElse(0) + 10;
    }

    private void save() {
        FormErrors.clear(fields);
        try {
            Benefit saved = benefits.save(new Benefit(selected == null ? null : selected.id(), code.getValue(),
                    group.getValue(), nameEn.getValue(), nameFr.getValue(), descriptionEn.getValue(),
                    descriptionFr.getValue(), listingTypes.getValue(), storefronts.getValue(), minLiveOffers.getValue(),
                    minLeads.getValue(), minBilledSales.getValue(), active.getValue(),
                    sortOrder.getValue() == null ? 0 : sortOrder.getValue(), selected == null ? -1 : selected.version()));
            Notify.success("benefits.staff.saved");
            refresh();
            grid.select(saved);
            edit(saved);
        } catch (PortalException ex) {
            FormErrors.show(this, ex, fields);
        }
    }

    @Override
    public String titleKey() {
        return "benefits.staff.title";
    }
}
