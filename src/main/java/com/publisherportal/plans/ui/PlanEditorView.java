package com.publisherportal.plans.ui;

import com.publisherportal.common.ui.PortalButton;
import com.publisherportal.common.ui.PortalGrid;
import com.publisherportal.account.Countries;
import com.publisherportal.common.NotFoundException;
import com.publisherportal.common.PortalException;
import com.publisherportal.common.ValidationException;
import com.publisherportal.common.ui.ComponentTexts;
import com.publisherportal.common.ui.FormErrors;
import com.publisherportal.common.ui.Formats;
import com.publisherportal.common.ui.Notify;
import com.publisherportal.common.ui.TitledView;
import com.publisherportal.onboarding.Offer;
import com.publisherportal.onboarding.OfferService;
import com.publisherportal.onboarding.ui.OfferPage;
import com.publisherportal.plans.Market;
import com.publisherportal.plans.Meter;
import com.publisherportal.plans.MeterTerm;
import com.publisherportal.plans.Plan;
import com.publisherportal.plans.PlanDetails;
import com.publisherportal.plans.PlanPricing;
import com.publisherportal.plans.PlanRules;
import com.publisherportal.plans.PlanService;
import com.publisherportal.plans.PriceChangeSchedule;
import com.publisherportal.plans.PriceKind;
import com.publisherportal.plans.PricePoint;
import com.publisherportal.plans.PriceRow;
import com.publisherportal.plans.PlanPrices;
import com.publisherportal.plans.PricingModel;
import com.publisherportal.plans.Visibility;
import com.publisherportal.security.Roles;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One plan of an offer, at its own address (so a link from a submission failure or a colleague
 * opens it): its storefront texts, visibility and private audience, pricing model with prices and
 * meters, and the markets it is sold in with each market's converted or overridden price.
 */
@Route("offers/:offerId([0-9]+)/plans/:planId")
@RolesAllowed({Roles.PUBLISHER, Roles.STAFF})
public class PlanEditorView extends OfferPage implements TitledView {

    private final PlanService plans;
    private Offer offer;
    private Plan plan;
    private boolean mayEdit;
    private int selectedTab;
    /** The tabs' names in links, in their order. */
    private static final List<String> TABS = List.of("listing", "visibility", "pricing", "markets", "price-changes");
    private com.vaadin.flow.router.Location tabShownFor;
    /** The price point the market grid shows. */
    private PricePoint shownPoint;

    public PlanEditorView(OfferService offers, PlanService plans) {
        super(offers, "plan-editor");
        this.plans = plans;
    }

    @Override
    public String titleKey() {
        return "plans.editor.title";
    }

    @Override
    protected void render(Offer current) {
        removeAll();
        this.offer = current;
        String planId = location().getSegments().getLast();
        Anchor back = new Anchor("offers/" + offer.id() + "/plans", getTranslation("plans.back"));
        back.setId("plans-back");
        try {
            plan = plans.plan(offer.id(), planId);
        } catch (NotFoundException e) {
            add(new Paragraph(getTranslation("plans.not-found", planId)), back);
            return;
        }
        mayEdit = plans.mayEdit(offer.id());
        add(new H2(plan.name()), new Paragraph(getTranslation("plans.editor.identity", plan.planId())), back);
        if (!mayEdit) {
            add(new Paragraph(getTranslation("plans.read-only", offer.status())));
        }
        TabSheet tabs = new TabSheet();
        tabs.setId("plan-tabs");
        tabs.setWidthFull();
        tabs.add(getTranslation("plans.tab.listing"), listingTab());
        tabs.add(getTranslation("plans.tab.visibility"), visibilityTab());
        tabs.add(getTranslation("plans.tab.pricing"), pricingTab());
        tabs.add(getTranslation("plans.tab.availability"), availabilityTab());
        if (offer.wentLiveAt() != null) {
            tabs.add(getTranslation("plans.tab.price-changes"), priceChangesTab());
        }
        if (location() != tabShownFor) {
            // A link may open a tab (?tab=pricing): once per opening, then the user's own choice stays.
            tabShownFor = location();
            location().getQueryParameters().getSingleParameter("tab").map(TABS::indexOf).filter(i -> i >= 0)
                    .ifPresent(i -> selectedTab = i);
        }
        tabs.setSelectedIndex(selectedTab);
        tabs.addSelectedChangeListener(e -> selectedTab = tabs.getSelectedIndex());
        add(tabs);
    }

    // Price changes (live offers): what customers were told, and what the edits would schedule

    private Component priceChangesTab() {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        box.setId("price-changes");
        PlanService.PriceChanges changes = plans.priceChanges(offer.id(), plan.planId());
        box.add(new Paragraph(getTranslation("plans.price-changes.intro", PriceChangeSchedule.INCREASE_NOTICE_DAYS)));
        box.add(new H3(getTranslation("plans.price-changes.announced")));
        if (changes.announced().isEmpty()) {
            box.add(new Paragraph(getTranslation("plans.price-changes.none-announced")));
        } else {
            box.add(PriceChangeList.changes(this, changes.announced()));
        }
        if (changes.ifPublishedToday() == null) {
            box.add(new Paragraph(getTranslation("plans.price-changes.new-plan")));
        } else if (changes.ifPublishedToday().changes().isEmpty() && changes.ifPublishedToday().allowed()) {
            box.add(new Paragraph(getTranslation("plans.price-changes.none-pending")));
        } else {
            box.add(PriceChangeList.schedule(this, "price-changes-pending", "plans.price-changes.pending",
                    changes.ifPublishedToday()));
        }
        return box;
    }

    /** After a change: the plan as it is now, on the same tab. */
    private void saved(Plan changed) {
        plan = changed;
        Notify.success("plans.saved");
        render();
    }

    // Plan listing

    private Component listingTab() {
        TextField name = new TextField(getTranslation("plans.field.name"));
        name.setId("plan-name");
        name.setMaxLength(PlanRules.NAME_MAX);
        name.setValue(plan.name());
        TextField summary = new TextField(getTranslation("plans.field.summary"));
        summary.setId("plan-summary");
        summary.setMaxLength(PlanRules.SUMMARY_MAX);
        summary.setValue(plan.summary());
        TextArea description = new TextArea(getTranslation("plans.field.description"));
        description.setId("plan-description");
        description.setMaxLength(PlanRules.DESCRIPTION_MAX);
        description.setValue(plan.description());
        FormLayout form = new FormLayout(name, summary, description);
        form.setColspan(description, 2);
        VerticalLayout box = new VerticalLayout(form);
        box.setPadding(false);
        Map<String, HasValidation> fields = Map.of("name", name, "summary", summary, "description", description);
        if (!mayEdit) {
            name.setReadOnly(true);
            summary.setReadOnly(true);
            description.setReadOnly(true);
            return box;
        }
        Button save = new PortalButton(getTranslation("plans.save"), e -> {
            try {
                saved(plans.update(offer.id(), plan.planId(),
                        new PlanDetails(name.getValue(), summary.getValue(), description.getValue()), plan.version()));
            } catch (PortalException ex) {
                FormErrors.show(this, ex, fields);
            }
        });
        save.setId("save-plan-details");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button delete = new PortalButton(getTranslation("plans.delete"), e -> confirmDelete());
        delete.setId("delete-plan");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout actions = new HorizontalLayout(save, delete);
        actions.setWrap(true);
        box.add(actions);
        return box;
    }

    private void confirmDelete() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("plans.delete.title", plan.planId()));
        dialog.add(new Paragraph(getTranslation("plans.delete.text", plan.planId())));
        Button confirm = new PortalButton(getTranslation("plans.delete"), e -> {
            try {
                plans.delete(offer.id(), plan.planId(), plan.version());
                dialog.close();
                Notify.success("plans.deleted");
                UI.getCurrent().navigate("offers/" + offer.id() + "/plans");
            } catch (PortalException ex) {
                dialog.close();
                Notify.error(getTranslation(ex.messageKey(), ex.arguments()));
            }
        });
        confirm.setId("confirm-delete-plan");
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        Button cancel = new PortalButton(getTranslation("plans.cancel"), e -> dialog.close());
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
    }

    // Visibility and private audience

    private Component visibilityTab() {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        RadioButtonGroup<Visibility> visibility = new RadioButtonGroup<>(getTranslation("plans.field.visibility"));
        visibility.setId("plan-visibility");
        visibility.setItems(Visibility.values());
        visibility.setItemLabelGenerator(v -> getTranslation("plans.visibility.option." + v.name()));
        visibility.setValue(plan.visibility());
        Checkbox hidden = new Checkbox(getTranslation("plans.field.hidden"), plan.hidden());
        hidden.setId("plan-hidden");
        box.add(visibility, hidden);
        if (mayEdit) {
            Button save = new PortalButton(getTranslation("plans.save"), e -> {
                try {
                    saved(plans.setVisibility(offer.id(), plan.planId(), visibility.getValue(), hidden.getValue(),
                            plan.version()));
                } catch (PortalException ex) {
                    Notify.error(getTranslation(ex.messageKey(), ex.arguments()));
                }
            });
            save.setId("save-visibility");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            box.add(save);
        } else {
            visibility.setReadOnly(true);
            hidden.setReadOnly(true);
        }
        if (plan.visibility() == Visibility.PRIVATE) {
            box.add(tenants());
        }
        return box;
    }

    private Component tenants() {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        List<String> tenantIds = plans.tenants(offer.id(), plan.planId());
        box.add(new H3(getTranslation("plans.tenants.heading", tenantIds.size())),
                new Paragraph(getTranslation("plans.tenants.intro", PlanRules.MAX_TENANTS)));
        Grid<String> grid = new PortalGrid<>();
        grid.setId("tenant-grid");
        grid.addColumn(t -> t).setHeader(getTranslation("plans.tenants.column")).setFlexGrow(1);
        if (mayEdit) {
            grid.addComponentColumn(t -> {
                Button remove = new PortalButton(getTranslation("plans.tenants.remove"), e -> {
                    try {
                        saved(plans.removeTenant(offer.id(), plan.planId(), t, plan.version()));
                    } catch (PortalException ex) {
                        Notify.error(getTranslation(ex.messageKey(), ex.arguments()));
                    }
                });
                remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
                return remove;
            }).setAutoWidth(true).setFlexGrow(0);
        }
        grid.setItems(tenantIds);
        grid.setHeight("16rem");
        Paragraph empty = new Paragraph(getTranslation("plans.tenants.empty"));
        grid.setEmptyStateComponent(empty);
        if (mayEdit) {
            TextField tenant = new TextField(getTranslation("plans.tenants.field"));
            tenant.setId("tenant-id");
            tenant.setPlaceholder("00000000-0000-0000-0000-000000000000");
            tenant.setMaxLength(36);
            tenant.setWidth("22rem");
            tenant.setMaxWidth("100%");
            Button add = new PortalButton(getTranslation("plans.tenants.add"), e -> {
                try {
                    saved(plans.addTenant(offer.id(), plan.planId(), tenant.getValue(), plan.version()));
                } catch (PortalException ex) {
                    FormErrors.show(this, ex, Map.of("tenant", tenant));
                }
            });
            add.setId("add-tenant");
            HorizontalLayout row = new HorizontalLayout(tenant, add);
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            row.setWrap(true);
            Upload upload = new Upload(tenantUpload());
            upload.setId("upload-tenants");
            upload.setMaxFiles(1);
            upload.setAcceptedFileTypes("text/csv", ".csv", ".txt");
            upload.setUploadButton(new PortalButton(getTranslation("plans.tenants.upload")));
            ComponentTexts.localise(upload);
            box.add(row, new Paragraph(getTranslation("plans.tenants.upload.help", PlanRules.MAX_TENANTS)), upload);
        }
        box.add(grid);
        return box;
    }

    /** The CSV replaces the list; the service reads at most its byte limit and names each bad line. */
    private UploadHandler tenantUpload() {
        UI ui = UI.getCurrent();
        long offerId = offer.id();
        String planId = plan.planId();
        int version = plan.version();
        return new UploadHandler() {
            @Override
            public void handleUploadRequest(UploadEvent event) {
                try (InputStream in = event.getInputStream()) {
                    Plan changed = plans.uploadTenants(offerId, planId, in, version);
                    ui.access(() -> saved(changed));
                } catch (PortalException ex) {
                    String message = FormErrors.text(ui, ex);
                    event.reject(message);
                    ui.access(() -> Notify.error(message));
                } catch (IOException ex) {
                    event.reject();
                }
            }

            @Override
            public long getFileSizeMax() {
                // Vaadin's cap, a little above the service's exact limit (which it names).
                return PlanRules.MAX_TENANT_UPLOAD_BYTES + 64L * 1024;
            }
        };
    }

    // Pricing

    private Component pricingTab() {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        List<PricingModel> models = plans.models(offer.id());
        PlanPricing current = plans.pricing(offer.id(), plan.planId());
        // All the type's models at once (two to four): the publisher compares them before choosing.
        RadioButtonGroup<PricingModel> model = new RadioButtonGroup<>(getTranslation("plans.field.model"));
        model.setId("pricing-model");
        model.setItems(models);
        model.setItemLabelGenerator(m -> getTranslation(m.messageKey()));
        Div fields = new Div();
        fields.setWidthFull();
        PricingForm form = new PricingForm(fields, current);
        model.addValueChangeListener(e -> form.show(e.getValue()));
        if (current != null) {
            model.setValue(current.model());
        }
        box.add(new Paragraph(getTranslation("plans.pricing.intro")), model, fields);
        if (mayEdit) {
            Button save = new PortalButton(getTranslation("plans.save"), e -> {
                try {
                    if (model.getValue() == null) {
                        throw new ValidationException("model", "plans.required");
                    }
                    saved(plans.setPricing(offer.id(), plan.planId(), form.pricing(model.getValue()), plan.version()));
                } catch (PortalException ex) {
                    Map<String, HasValidation> all = new HashMap<>(form.fields());
                    all.put("model", model);
                    FormErrors.show(this, ex, all);
                }
            });
            save.setId("save-pricing");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            box.add(save);
        } else {
            model.setReadOnly(true);
        }
        return box;
    }

    /** The fields of one pricing model: term prices, VM sizes, seats, meters and the trial. */
    private final class PricingForm {
        private final Div container;
        private final PlanPricing current;
        private final Map<PriceKind, BigDecimalField> terms = new LinkedHashMap<>();
        private final List<TextField> sizeNames = new ArrayList<>();
        private final List<BigDecimalField> sizePrices = new ArrayList<>();
        private final List<MeterRow> meters = new ArrayList<>();
        private IntegerField minSeats;
        private IntegerField maxSeats;
        private Checkbox trial;
        private Div sizeRows;
        private Div meterRows;

        PricingForm(Div container, PlanPricing current) {
            this.container = container;
            this.current = current;
        }

        Map<String, HasValidation> fields() {
            Map<String, HasValidation> map = new HashMap<>();
            terms.forEach((kind, field) -> map.put("price." + kind.name(), field));
            if (minSeats != null) {
                map.put("minSeats", minSeats);
                map.put("maxSeats", maxSeats);
            }
            return map;
        }

        void show(PricingModel model) {
            container.removeAll();
            terms.clear();
            sizeNames.clear();
            sizePrices.clear();
            meters.clear();
            minSeats = null;
            maxSeats = null;
            trial = null;
            if (model == null) {
                return;
            }
            PlanPricing same = current != null && current.model() == model ? current : null;
            VerticalLayout box = new VerticalLayout();
            box.setPadding(false);
            if (!model.paid()) {
                box.add(new Paragraph(getTranslation("plans.pricing.free." + model.name())));
            }
            FormLayout termForm = new FormLayout();
            for (PriceKind kind : PriceKind.values()) {
                if (!model.termKinds().contains(kind) || kind.keyed()) {
                    continue;
                }
                BigDecimalField price = usdField(getTranslation("plans.price.usd", getTranslation(kind.messageKey(), "")));
                price.setId("price-" + kind.name());
                if (same != null) {
                    price.setValue(same.usdPrices().get(PricePoint.of(kind)));
                }
                terms.put(kind, price);
                termForm.add(price);
            }
            if (model.hasSeats()) {
                minSeats = new IntegerField(getTranslation("plans.field.minSeats"));
                minSeats.setId("min-seats");
                minSeats.setMin(1);
                maxSeats = new IntegerField(getTranslation("plans.field.maxSeats"));
                maxSeats.setId("max-seats");
                maxSeats.setMin(1);
                if (same != null) {
                    minSeats.setValue(same.minSeats());
                    maxSeats.setValue(same.maxSeats());
                }
                termForm.add(minSeats, maxSeats);
            }
            if (termForm.getChildren().findAny().isPresent()) {
                box.add(termForm);
            }
            if (model.perSize()) {
                box.add(new H3(getTranslation("plans.sizes.heading")), new Paragraph(getTranslation("plans.sizes.intro")));
                sizeRows = new Div();
                sizeRows.setWidthFull();
                box.add(sizeRows);
                if (same != null) {
                    same.usdPrices().forEach((point, usd) -> {
                        if (point.kind() == PriceKind.PER_SIZE_HOUR) {
                            addSize(point.key(), usd);
                        }
                    });
                }
                if (sizeNames.isEmpty()) {
                    addSize("", null);
                }
                if (mayEdit) {
                    Button add = new PortalButton(getTranslation("plans.sizes.add"), e -> addSize("", null));
                    add.setId("add-size");
                    add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                    box.add(add);
                }
            }
            if (model.maxMeters() > 0) {
                box.add(new H3(getTranslation("plans.meters.heading")),
                        new Paragraph(getTranslation("plans.meters.intro", model.maxMeters())));
                meterRows = new Div();
                meterRows.setWidthFull();
                box.add(meterRows);
                if (same != null) {
                    same.meters().forEach(this::addMeter);
                }
                if (mayEdit) {
                    Button add = new PortalButton(getTranslation("plans.meters.add"), e -> addMeter(null));
                    add.setId("add-meter");
                    add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                    box.add(add);
                }
            }
            if (PricingModel.freeTrialAllowed(offer.offerType())) {
                trial = new Checkbox(getTranslation("plans.field.trial"), same != null && same.freeTrial());
                trial.setId("free-trial");
                trial.setReadOnly(!mayEdit);
                box.add(trial);
            }
            container.add(box);
            if (!mayEdit) {
                terms.values().forEach(f -> f.setReadOnly(true));
                sizeNames.forEach(f -> f.setReadOnly(true));
                sizePrices.forEach(f -> f.setReadOnly(true));
                if (minSeats != null) {
                    minSeats.setReadOnly(true);
                    maxSeats.setReadOnly(true);
                }
            }
        }

        private void addSize(String size, BigDecimal usd) {
            TextField name = new TextField(getTranslation("plans.sizes.name"));
            name.setPlaceholder("Standard_D2s_v5");
            name.setMaxLength(PlanRules.VM_SIZE_MAX);
            name.setId("size-name-" + sizeNames.size());
            name.setValue(size);
            BigDecimalField price = usdField(getTranslation("plans.sizes.price"));
            price.setId("size-price-" + sizePrices.size());
            price.setValue(usd);
            sizeNames.add(name);
            sizePrices.add(price);
            HorizontalLayout row = new HorizontalLayout(name, price);
            row.setWrap(true);
            sizeRows.add(row);
        }

        private void addMeter(Meter meter) {
            MeterRow row = new MeterRow(meters.size(), meter);
            meters.add(row);
            meterRows.add(row.layout);
        }

        PlanPricing pricing(PricingModel model) {
            Map<PricePoint, BigDecimal> prices = new LinkedHashMap<>();
            terms.forEach((kind, field) -> {
                if (field.getValue() != null) {
                    prices.put(PricePoint.of(kind), field.getValue());
                }
            });
            for (int i = 0; i < sizeNames.size(); i++) {
                String size = sizeNames.get(i).getValue().strip();
                BigDecimal usd = sizePrices.get(i).getValue();
                if (size.isEmpty() && usd == null) {
                    continue;
                }
                if (!PlanRules.validVmSize(size)) {
                    throw new ValidationException("size", "plans.vm-size.invalid", size);
                }
                if (usd == null) {
                    throw new ValidationException("size", "plans.sizes.price-missing", size);
                }
                prices.put(new PricePoint(PriceKind.PER_SIZE_HOUR, size), usd);
            }
            List<Meter> list = new ArrayList<>();
            for (MeterRow row : meters) {
                row.meter().ifPresent(list::add);
            }
            return new PlanPricing(model, trial != null && trial.getValue(), minSeats == null ? null : minSeats.getValue(),
                    maxSeats == null ? null : maxSeats.getValue(), prices, list);
        }
    }

    /** One meter dimension's fields; a row left empty is dropped. */
    private final class MeterRow {
        final FormLayout layout = new FormLayout();
        final TextField id = new TextField(getTranslation("plans.meter.id"));
        final TextField name = new TextField(getTranslation("plans.meter.name"));
        final TextField unit = new TextField(getTranslation("plans.meter.unit"));
        final BigDecimalField price = usdField(getTranslation("plans.meter.price"));
        final IntegerField included = new IntegerField(getTranslation("plans.meter.included"));
        final Select<MeterTerm> term = new Select<>();

        MeterRow(int index, Meter meter) {
            id.setId("meter-id-" + index);
            id.setMaxLength(PlanRules.PLAN_ID_MAX);
            name.setId("meter-name-" + index);
            name.setMaxLength(PlanRules.DIMENSION_NAME_MAX);
            unit.setId("meter-unit-" + index);
            unit.setMaxLength(PlanRules.UNIT_MAX);
            price.setId("meter-price-" + index);
            included.setId("meter-included-" + index);
            included.setMin(0);
            term.setLabel(getTranslation("plans.meter.term"));
            term.setId("meter-term-" + index);
            term.setItems(MeterTerm.values());
            term.setItemLabelGenerator(t -> getTranslation(t.messageKey()));
            term.setValue(MeterTerm.MONTH);
            if (meter != null) {
                id.setValue(meter.dimensionId());
                name.setValue(meter.displayName());
                unit.setValue(meter.unitOfMeasure());
                price.setValue(meter.usdPrice());
                included.setValue((int) Math.min(Integer.MAX_VALUE, meter.includedQuantity()));
                term.setValue(meter.term());
            }
            layout.add(id, name, unit, price, included, term);
            layout.getStyle().set("border-top", "1px solid var(--lumo-contrast-10pct)");
            if (!mayEdit) {
                id.setReadOnly(true);
                name.setReadOnly(true);
                unit.setReadOnly(true);
                price.setReadOnly(true);
                included.setReadOnly(true);
                term.setReadOnly(true);
            }
        }

        java.util.Optional<Meter> meter() {
            if (id.getValue().isBlank() && name.getValue().isBlank() && unit.getValue().isBlank() && price.getValue() == null) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(new Meter(id.getValue(), name.getValue(), unit.getValue(), price.getValue(),
                    included.getValue() == null ? 0 : included.getValue(), term.getValue()));
        }
    }

    private BigDecimalField usdField(String label) {
        BigDecimalField field = new BigDecimalField(label);
        field.setPrefixComponent(new Span("$"));
        return field;
    }

    // Availability and prices per market

    private Component availabilityTab() {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        PlanPrices table = plans.priceTable(offer.id(), plan.planId());
        box.add(new Paragraph(getTranslation("plans.markets.intro")));
        Span count = new Span(getTranslation("plans.markets.count", table.selectedMarkets().size(), table.markets().size()));
        count.setId("market-count");
        Grid<Market> grid = new PortalGrid<>();
        grid.setId("market-grid");
        // A checkbox per market (not the grid's own selection, whose labels Vaadin does not translate).
        Set<String> chosen = new java.util.TreeSet<>(table.selectedMarkets());
        Runnable counted = () -> count.setText(getTranslation("plans.markets.count", chosen.size(), table.markets().size()));
        if (mayEdit) {
            grid.addComponentColumn(m -> {
                Checkbox sold = new Checkbox(chosen.contains(m.code()));
                sold.setId("sell-in-" + m.code());
                sold.setAriaLabel(getTranslation("plans.markets.sell-in", Countries.name(m.code(), getLocale())));
                sold.addValueChangeListener(e -> {
                    if (Boolean.TRUE.equals(e.getValue())) {
                        chosen.add(m.code());
                    } else {
                        chosen.remove(m.code());
                    }
                    counted.run();
                });
                return sold;
            }).setKey("sold").setHeader(getTranslation("plans.markets.sold")).setAutoWidth(true).setFlexGrow(0);
        } else {
            // Read-only: whether the plan is sold there.
            grid.addColumn(m -> getTranslation(chosen.contains(m.code()) ? "plans.markets.tax.yes" : "plans.markets.tax.no"))
                    .setHeader(getTranslation("plans.markets.sold")).setAutoWidth(true).setFlexGrow(0);
        }
        grid.addColumn(m -> Countries.name(m.code(), getLocale()) + " (" + m.code() + ")")
                .setHeader(getTranslation("plans.markets.market")).setFlexGrow(1).setAutoWidth(true).setSortable(true);
        grid.addColumn(Market::currency).setHeader(getTranslation("plans.markets.currency")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(m -> getTranslation(m.taxRemitted() ? "plans.markets.tax.yes" : "plans.markets.tax.no"))
                .setHeader(getTranslation("plans.markets.tax")).setAutoWidth(true).setFlexGrow(0);
        if (!table.points().isEmpty()) {
            if (shownPoint == null || !table.points().contains(shownPoint)) {
                shownPoint = table.points().getFirst();
            }
            Map<String, PriceRow> rows = table.rows().stream().filter(r -> r.point().equals(shownPoint))
                    .collect(Collectors.toMap(r -> r.market().code(), r -> r));
            grid.addColumn(m -> Formats.money(rows.get(m.code()).converted(), m.currency()))
                    .setHeader(getTranslation("plans.markets.converted")).setAutoWidth(true).setFlexGrow(0);
            grid.addComponentColumn(m -> overrideField(m, rows.get(m.code()))).setKey("override")
                    .setHeader(getTranslation("plans.markets.override")).setAutoWidth(true).setFlexGrow(0);
            Select<PricePoint> point = new Select<>();
            point.setLabel(getTranslation("plans.markets.price-point"));
            point.setId("price-point");
            point.setWidth("20rem");
            point.setMaxWidth("100%");
            point.setItems(table.points());
            point.setItemLabelGenerator(p -> getTranslation(p.kind().messageKey(), p.key()));
            point.setValue(shownPoint);
            point.addValueChangeListener(e -> {
                if (e.getValue() != null && !e.getValue().equals(shownPoint)) {
                    shownPoint = e.getValue();
                    render();
                }
            });
            BigDecimal usd = rows.values().iterator().next().usd();
            Span base = new Span(getTranslation("plans.markets.usd-base", usd == null ? "—" : Formats.money(usd, "USD")));
            base.setId("usd-base");
            HorizontalLayout pointRow = new HorizontalLayout(point, base);
            pointRow.setAlignItems(FlexComponent.Alignment.BASELINE);
            pointRow.setWrap(true);
            box.add(pointRow);
        } else {
            box.add(new Paragraph(getTranslation("plans.markets.no-prices")));
        }
        grid.setItems(table.markets());
        grid.setAllRowsVisible(false);
        grid.setHeight("28rem");
        if (mayEdit) {
            Button all = new PortalButton(getTranslation("plans.markets.select-all"), e -> {
                table.markets().forEach(m -> chosen.add(m.code()));
                counted.run();
                grid.getDataProvider().refreshAll();
            });
            all.setId("select-all-markets");
            all.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            Button none = new PortalButton(getTranslation("plans.markets.select-none"), e -> {
                chosen.clear();
                counted.run();
                grid.getDataProvider().refreshAll();
            });
            none.setId("select-no-markets");
            none.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            Button save = new PortalButton(getTranslation("plans.markets.save"), e -> {
                try {
                    saved(plans.setMarkets(offer.id(), plan.planId(), Set.copyOf(chosen), plan.version()));
                } catch (PortalException ex) {
                    Notify.error(getTranslation(ex.messageKey(), ex.arguments()));
                }
            });
            save.setId("save-markets");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            HorizontalLayout actions = new HorizontalLayout(all, none, save, count);
            actions.setAlignItems(FlexComponent.Alignment.BASELINE);
            actions.setWrap(true);
            box.add(actions);
        } else {
            box.add(count);
        }
        box.add(grid);
        box.add(new PricingWorkbookPanel(plans, offer.id(), plan, mayEdit, this::render));
        return box;
    }

    /** The market's own price for the shown price point: saved when the field is left; cleared, the converted price applies. */
    private Component overrideField(Market market, PriceRow row) {
        if (!mayEdit || row.usd() == null) {
            return new Span(row.override() == null ? "" : Formats.money(row.override(), market.currency()));
        }
        BigDecimalField field = new BigDecimalField();
        field.setId("override-" + market.code());
        field.setWidth("8rem");
        field.setSuffixComponent(new Span(market.currency()));
        field.setValue(row.override());
        field.setPlaceholder(row.converted() == null ? "" : row.converted().toPlainString());
        field.getElement().setAttribute("aria-label", getTranslation("plans.markets.override.label",
                Countries.name(market.code(), getLocale()), market.currency()));
        field.addValueChangeListener(e -> {
            if (!e.isFromClient()) {
                return;
            }
            try {
                saved(plans.setOverride(offer.id(), plan.planId(), market.code(), row.point(), e.getValue(), plan.version()));
            } catch (PortalException ex) {
                field.setInvalid(true);
                field.setErrorMessage(ex instanceof ValidationException v && !v.violations().isEmpty()
                        ? getTranslation(v.violations().getFirst().messageKey(), v.violations().getFirst().arguments())
                        : getTranslation(ex.messageKey(), ex.arguments()));
            }
        });
        return field;
    }
}
