package com.publisherportal.insights.ui;

import com.publisherportal.account.Countries;
import com.publisherportal.common.ui.ChoicePicker;
import com.publisherportal.common.ui.ComponentTexts;
import com.publisherportal.common.ValidationException;
import com.publisherportal.common.ui.Formats;
import com.publisherportal.insights.AzureLicenseType;
import com.publisherportal.insights.CustomerType;
import com.publisherportal.insights.InsightRange;
import com.publisherportal.insights.InsightService;
import com.publisherportal.insights.InsightSlice;
import com.publisherportal.insights.MarketplaceLicenseType;
import com.publisherportal.insights.RangePreset;
import com.publisherportal.onboarding.Offer;
import com.publisherportal.onboarding.OfferPlans.PlanRef;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.publisherportal.common.ui.FilterPanel;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.server.VaadinSession;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The range and slice pickers every insights view shares. The choice is kept in the session, so
 * moving between the summary and the grids keeps it. Listeners hear only valid choices; a custom
 * range over twelve months is flagged on the date pickers, which exist only once a custom range is
 * chosen (with their translated calendars they kept 23 KB in every session). The slices only
 * commerce data answers (licence types, plan, new or existing customers) wait behind a "More
 * filters" button until asked for or already set: four more pickers kept about 29 KB in every open
 * insights page (issue 20). On a phone the pickers fold behind one "Filters" button
 * ({@link FilterPanel}) that says how many are set, so the figures fill the first screen.
 */
public class InsightFilterBar extends Composite<FilterPanel> {

    /** What the user picked; kept in the session. */
    record State(RangePreset preset, LocalDate from, LocalDate to, InsightSlice slice) implements Serializable {
    }

    private static final String SESSION_KEY = "insights.filter";

    final ChoicePicker<RangePreset> preset = new ChoicePicker<>();
    /** The custom range's first and last day: null until a custom range is chosen. */
    DatePicker from;
    DatePicker to;
    final ChoicePicker<String> market = new ChoicePicker<>();
    final ChoicePicker<Offer> offer = new ChoicePicker<>();
    /** The commerce slices' pickers: null until shown. */
    private CommerceFilters commerce;
    private final InsightService insights;
    private final long accountId;
    private final List<Runnable> listeners = new java.util.ArrayList<>();
    private final FilterPanel panel = new FilterPanel();
    private InsightRange range;
    private InsightSlice slice;
    /** The filters the page opened on (kept in the session): their custom range seeds the date pickers when created. */
    private State restored;

    public InsightFilterBar(InsightService insights, long accountId, List<Offer> offers, boolean commerceSlices) {
        this.insights = insights;
        this.accountId = accountId;
        panel.addClassName("insights-filters");
        panel.setId("insights-filters");
        preset.setId("insights-range");
        preset.setLabel(getTranslation("insights.filter.range"));
        preset.setItems(List.of(RangePreset.values()), p -> getTranslation(p.messageKey()));
        market.setId("insights-market");
        market.setLabel(getTranslation("insights.filter.market"));
        // Listed by the name people read, in their language (not by ISO code).
        java.text.Collator byName = java.text.Collator.getInstance(getLocale());
        market.setItems(insights.markets(accountId).stream()
                .sorted(java.util.Comparator.comparing((String code) -> Countries.name(code, getLocale()), byName))
                .toList(), code -> Countries.name(code, getLocale()));
        market.setClearButtonVisible(true);
        offer.setId("insights-offer");
        offer.setLabel(getTranslation("insights.filter.offer"));
        offer.setItems(offers, Offer::name);
        offer.setClearButtonVisible(true);

        panel.addFilters(preset, market, offer);
        State state = restore(offers);
        if (commerceSlices) {
            if (state.slice().narrowsCommerceOnly()) {
                panel.addFilters(commerceFilters());
            } else {
                panel.addMoreFilters("insights-more-filters", this::commerceFilters);
            }
        }
        preset.addValueChangeListener(e -> changed());
        market.addValueChangeListener(e -> changed());
        offer.addValueChangeListener(e -> {
            if (commerce != null) {
                commerce.listPlans();
            }
            changed();
        });
        compute(state);
        countActive(state);
    }

    /** Creates the commerce slices' pickers, set to the slice the page opened on. */
    private Component[] commerceFilters() {
        commerce = new CommerceFilters(restored.slice());
        return new Component[] {commerce.channel, commerce.licence, commerce.sku, commerce.customers};
    }

    /** The slices only commerce data answers: Azure and marketplace licence types, plan, new or existing customers. */
    private final class CommerceFilters implements Serializable {
        final ChoicePicker<AzureLicenseType> channel = new ChoicePicker<>();
        final ChoicePicker<MarketplaceLicenseType> licence = new ChoicePicker<>();
        final ChoicePicker<String> sku = new ChoicePicker<>();
        final ChoicePicker<CustomerType> customers = new ChoicePicker<>();

        private CommerceFilters(InsightSlice chosen) {
            enumPicker(channel, "insights-channel", "insights.filter.channel", AzureLicenseType.values(),
                    AzureLicenseType::messageKey, chosen.azureLicenseType());
            enumPicker(licence, "insights-licence", "insights.filter.licence", MarketplaceLicenseType.values(),
                    MarketplaceLicenseType::messageKey, chosen.marketplaceLicenseType());
            for (ChoicePicker<?> licenceType : List.of(channel, licence)) {
                licenceType.setClearButtonVisible(true);
                licenceType.setMinWidth("15em");
            }
            sku.setId("insights-sku");
            sku.setLabel(getTranslation("insights.filter.sku"));
            sku.setClearButtonVisible(true);
            listPlans();
            if (sku.getItems().contains(chosen.sku())) {
                sku.setValue(chosen.sku());
            }
            enumPicker(customers, "insights-customers", "insights.filter.customers", CustomerType.values(),
                    CustomerType::messageKey, chosen.customerType());
            for (ChoicePicker<?> picker : List.of(channel, licence, sku, customers)) {
                picker.addValueChangeListener(e -> changed());
            }
        }

        /** A picker of an enum's values under their translated names, set to the one chosen (or none). */
        private <E extends Enum<E>> void enumPicker(ChoicePicker<E> picker, String id, String labelKey, E[] values,
                SerializableFunction<E, String> messageKey, E chosen) {
            picker.setId(id);
            picker.setLabel(getTranslation(labelKey));
            picker.setItems(List.of(values), value -> getTranslation(messageKey.apply(value)));
            picker.setValue(chosen);
        }

        /** The chosen offer's plans (every offer's without one), by name; a plan chosen before stays chosen while listed. */
        private void listPlans() {
            var plans = insights.plans(accountId, offer.getValue() == null ? null : offer.getValue().id());
            Map<String, String> names = new HashMap<>();
            plans.forEach(p -> names.put(p.planId(), p.planId().equals(p.name()) ? p.planId() : p.name() + " (" + p.planId() + ")"));
            sku.setItems(plans.stream().map(PlanRef::planId).toList(), id -> names.getOrDefault(id, id));
        }
    }

    @Override
    protected FilterPanel initContent() {
        return panel;
    }

    /** The filters set, for the phone's button: each slice, and a range other than the default six months. */
    private void countActive(State state) {
        InsightSlice s = state.slice();
        int active = (state.preset() == RangePreset.MONTHS_6 ? 0 : 1)
                + java.util.stream.Stream.of(s.market(), s.azureLicenseType(), s.marketplaceLicenseType(), s.offerRef(),
                        s.sku()).mapToInt(v -> v == null ? 0 : 1).sum()
                + (s.customerType() == null || s.customerType() == CustomerType.ALL ? 0 : 1);
        panel.setActiveCount(active);
    }

    private State restore(List<Offer> offers) {
        Object saved = VaadinSession.getCurrent() == null ? null : VaadinSession.getCurrent().getAttribute(SESSION_KEY);
        State state = saved instanceof State s ? s : new State(RangePreset.MONTHS_6, null, null, InsightSlice.all());
        preset.setValue(state.preset());
        restored = state;
        InsightSlice s = state.slice();
        // A market kept from an earlier visit whose rows have gone since is no longer listed.
        market.setValue(market.getItems().contains(s.market()) ? s.market() : null);
        offer.setValue(offers.stream().filter(o -> o.id().equals(s.offerRef())).findFirst().orElse(null));
        showDatePickers(state.preset() == RangePreset.CUSTOM);
        return state;
    }

    /** Shows the custom range's pickers, created (after the range picker) the first time; hides them otherwise. */
    private void showDatePickers(boolean custom) {
        if (custom && from == null) {
            from = datePicker("insights-from", "insights.filter.from", restored.from());
            to = datePicker("insights-to", "insights.filter.to", restored.to());
            panel.addFiltersAfter(preset, from, to);
        }
        if (from != null) {
            from.setVisible(custom);
            to.setVisible(custom);
        }
    }

    private DatePicker datePicker(String id, String label, LocalDate value) {
        DatePicker picker = new DatePicker(value);
        picker.setId(id);
        picker.setLabel(getTranslation(label));
        ComponentTexts.localise(picker);
        picker.addValueChangeListener(e -> changed());
        return picker;
    }

    public void addChangeListener(Runnable listener) {
        listeners.add(listener);
    }

    private void changed() {
        RangePreset p = preset.getValue() == null ? RangePreset.MONTHS_6 : preset.getValue();
        boolean custom = p == RangePreset.CUSTOM;
        showDatePickers(custom);
        if (custom && (from.getValue() == null || to.getValue() == null)) {
            InsightRange six = insights.range(RangePreset.MONTHS_6, Formats.zone());
            if (from.getValue() == null) {
                from.setValue(six.start());
            }
            if (to.getValue() == null) {
                to.setValue(six.end().minusDays(1));
            }
            return;
        }
        State state = from == null ? new State(p, restored.from(), restored.to(), currentSlice())
                : new State(p, from.getValue(), to.getValue(), currentSlice());
        if (compute(state)) {
            countActive(state);
            if (VaadinSession.getCurrent() != null) {
                VaadinSession.getCurrent().setAttribute(SESSION_KEY, state);
            }
            listeners.forEach(Runnable::run);
        }
    }

    /** The slice chosen; without the commerce pickers, their part of the slice the page opened on. */
    private InsightSlice currentSlice() {
        Long offerRef = offer.getValue() == null ? null : offer.getValue().id();
        if (commerce == null) {
            InsightSlice kept = restored.slice();
            return new InsightSlice(market.getValue(), kept.azureLicenseType(), kept.marketplaceLicenseType(), offerRef,
                    kept.sku(), kept.customerType());
        }
        return new InsightSlice(market.getValue(), commerce.channel.getValue(), commerce.licence.getValue(), offerRef,
                commerce.sku.getValue(), commerce.customers.getValue());
    }

    /** Resolves the state to a range and slice; false (and the pickers flagged) when invalid. */
    private boolean compute(State state) {
        try {
            InsightRange r = state.preset() == RangePreset.CUSTOM
                    ? InsightRange.custom(state.from(), state.to())
                    : insights.range(state.preset(), Formats.zone());
            if (from != null) {
                from.setInvalid(false);
                to.setInvalid(false);
            }
            range = r;
            slice = state.slice();
            return true;
        } catch (ValidationException e) {
            String message = getTranslation(e.messageKey(), e.arguments());
            to.setErrorMessage(message);
            to.setInvalid(true);
            from.setInvalid(true);
            return false;
        }
    }

    public InsightRange range() {
        return range;
    }

    public InsightSlice slice() {
        return slice;
    }
}
