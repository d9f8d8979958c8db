package com.publisherportal.listing.ui;

import com.publisherportal.listing.ListingRules;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.BindingValidationStatusHandler;
import com.vaadin.flow.data.binder.Setter;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.function.ValueProvider;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Makes the listing editor's fields: each gets its {@code listing-} id, is bound to the editor's
 * {@link Binder}, and is registered under the name the service's violations use, so
 * {@link com.publisherportal.common.ui.FormErrors} can show them there.
 */
final class ListingFields {

    private static final BindingValidationStatusHandler NO_MARKS = status -> { };

    private final Component owner;
    private final Binder<EditableListing> binder;
    private final Map<String, HasValidation> byName;
    /** Fields now longer than their limit, in the order they went over. */
    private final Set<HasValidation> overLimit = new LinkedHashSet<>();

    ListingFields(Component owner, Binder<EditableListing> binder, Map<String, HasValidation> byName) {
        this.owner = owner;
        this.binder = binder;
        this.byName = byName;
    }

    String translate(String key, Object... arguments) {
        return owner.getTranslation(key, arguments);
    }

    /** Registers a field under another name too (e.g. the consulting name is the name field). */
    void alias(String name, HasValidation field) {
        byName.put(name, field);
    }

    /**
     * Binds a field. The service checks the form, not the binder: the binder neither validates nor
     * marks fields, so {@code FormErrors} shows the service's violations, and each field's own
     * checks (e-mail shape, minimum) mark it as they always did.
     */
    <V, F extends Component & HasValue<?, V> & HasValidation> F bind(
            F field, String name, ValueProvider<EditableListing, V> getter, Setter<EditableListing, V> setter) {
        binder.forField(field).withValidationStatusHandler(NO_MARKS).bind(getter, setter);
        field.setId("listing-" + name);
        byName.put(name, field);
        return field;
    }

    TextField counted(String labelKey, String name, int max, ValueProvider<EditableListing, String> getter,
                      Setter<EditableListing, String> setter) {
        TextField text = new TextField(translate(labelKey));
        text.setWidthFull();
        return counter(bind(text, name, getter, setter), max);
    }

    TextArea area(String labelKey, String name, int max, ValueProvider<EditableListing, String> getter,
                  Setter<EditableListing, String> setter) {
        TextArea text = new TextArea(translate(labelKey));
        text.setWidthFull();
        text.setMinHeight("8em");
        return counter(bind(text, name, getter, setter), max);
    }

    TextField plain(String labelKey, String name, ValueProvider<EditableListing, String> getter,
                    Setter<EditableListing, String> setter) {
        return bind(new TextField(translate(labelKey)), name, getter, setter);
    }

    EmailField email(String labelKey, String name, ValueProvider<EditableListing, String> getter,
                     Setter<EditableListing, String> setter) {
        return bind(new EmailField(translate(labelKey)), name, getter, setter);
    }

    /** Codes from {@code items}, shown translated under {@code prefix}; stored codes no longer offered are dropped. */
    MultiSelectComboBox<String> multi(String labelKey, String name, List<String> items, String prefix,
                                      Function<EditableListing, List<String>> list) {
        MultiSelectComboBox<String> box = new MultiSelectComboBox<>(translate(labelKey));
        box.setItems(items);
        box.setItemLabelGenerator(code -> translate(prefix + code));
        ValueProvider<EditableListing, Set<String>> getter =
                e -> new LinkedHashSet<>(list.apply(e).stream().filter(items::contains).toList());
        Setter<EditableListing, Set<String>> setter = (e, selected) -> {
            list.apply(e).clear();
            list.apply(e).addAll(selected);
        };
        return bind(box, name, getter, setter);
    }

    /**
     * A fixed number of single-line fields, so the limit (e.g. 3 keywords) is visible in the form;
     * ids end in {@code -1}, {@code -2}…, and violations of the list show at the first.
     */
    List<TextField> list(String labelKey, String name, int count, Function<EditableListing, List<String>> list) {
        List<TextField> texts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int index = i;
            TextField text = new TextField(translate(labelKey, i + 1));
            limit(text, ListingRules.KEYWORD_LENGTH_MAX, null);
            binder.forField(text).withValidationStatusHandler(NO_MARKS)
                    .bind(e -> EditableListing.slot(list.apply(e), index),
                            (e, value) -> EditableListing.setSlot(list.apply(e), index, value));
            text.setId("listing-" + name + "-" + (i + 1));
            texts.add(text);
        }
        byName.put(name, texts.getFirst());
        return texts;
    }

    /**
     * A live "used / allowed" counter below the field. Nothing the person types is cut: past the
     * limit the field is marked invalid with "163 / 100 — at most 100 characters" and
     * {@link #withinLimits()} refuses the save until it fits.
     */
    private <T extends TextFieldBase<T, String>> T counter(T text, int max) {
        Span counter = new Span();
        counter.addClassName("portal-counter");
        text.setSuffixComponent(counter);
        return limit(text, max, counter);
    }

    /** Marks {@code text} invalid while it is longer than {@code max} (and keeps {@code counter} up to date). */
    private <T extends TextFieldBase<T, String>> T limit(T text, int max, Span counter) {
        text.setValueChangeMode(ValueChangeMode.EAGER);
        // Only this check marks the field (FormErrors shows the service's violations the same way).
        text.setManualValidation(true);
        Runnable check = () -> {
            int length = text.getValue() == null ? 0 : text.getValue().length();
            boolean over = length > max;
            if (counter != null) {
                counter.setText(length + " / " + max);
                counter.getElement().getClassList().set("portal-counter-over", over);
            }
            if (over) {
                text.setErrorMessage(translate("listing.over-limit", length, max));
                text.setInvalid(true);
            } else {
                // A change clears the service's earlier error too, as a field's own check would.
                text.setErrorMessage(null);
                text.setInvalid(false);
            }
            if (over) {
                overLimit.add(text);
            } else {
                overLimit.remove(text);
            }
        };
        text.addValueChangeListener(e -> check.run());
        check.run();
        return text;
    }

    /**
     * Whether every field fits its limit; the fields that do not stay marked, and the first is
     * focused, so the save can be refused before anything is sent.
     */
    boolean withinLimits() {
        overLimit.stream().filter(f -> f instanceof com.vaadin.flow.component.Focusable<?>).findFirst()
                .ifPresent(f -> ((com.vaadin.flow.component.Focusable<?>) f).focus());
        return overLimit.isEmpty();
    }
}
