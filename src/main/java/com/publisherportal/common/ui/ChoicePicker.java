package com.publisherportal.common.ui;

import com.vaadin.flow.component.AbstractSinglePropertyField;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasPlaceholder;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.shared.HasClearButton;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.internal.JacksonUtils;
import tools.jackson.databind.node.ArrayNode;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A picker among a short list known when the page opens (a lead status, the account's offers,
 * the markets of a report): Vaadin's combo box web component with every item handed to the
 * browser as a label and a key, so that opening and filtering it need no round trip.
 * <p>
 * Why not Flow's {@code ComboBox}: it keeps a data communicator, a key mapper and a data provider
 * per picker, made for lists loaded page by page, that such a list does not need and every open
 * page paid for. The items reach the browser by a script call on every attach (a page load, a
 * resynchronisation) rather than as a property of the element, which the session would keep as
 * about 350 bytes of JSON per item (issue 20). The labels are data the web component shows as
 * text, never markup.
 */
@Tag("vaadin-combo-box")
@JsModule("@vaadin/combo-box/src/vaadin-combo-box.js")
public class ChoicePicker<T> extends AbstractSinglePropertyField<ChoicePicker<T>, T>
        implements HasLabel, HasPlaceholder, HasClearButton, HasSize, Focusable<ChoicePicker<T>> {

    private List<T> items = Collections.emptyList();
    private List<String> labels = List.of();
    /**
     * Every item listed so far; an item's key is its place here, so that it keeps its key when the
     * list changes and the browser never sees a key name another item.
     */
    private List<T> keyed = List.of();

    public ChoicePicker() {
        super("value", null, String.class, ChoicePicker::item, ChoicePicker::key);
        // As Flow's ComboBox does: the browser then has no empty value of its own to send on attach.
        getElement().setProperty("value", "");
        addAttachListener(attach -> sendItems());
    }

    /** The items to choose from, each shown by its label. A value no longer among them is cleared. */
    public void setItems(List<T> items, SerializableFunction<T, String> label) {
        // Not List.copyOf: asking such a list whether it holds null (no choice) throws.
        this.items = Collections.unmodifiableList(new ArrayList<>(items));
        this.labels = this.items.stream().map(item -> Objects.requireNonNullElse(label.apply(item), "")).toList();
        if (keyed.isEmpty()) {
            keyed = this.items;
        } else if (!keyed.containsAll(this.items)) {
            List<T> more = new ArrayList<>(keyed);
            this.items.stream().filter(item -> !more.contains(item)).forEach(more::add);
            keyed = more;
        }
        if (isAttached()) {
            sendItems();
        }
        if (getValue() != null && !this.items.contains(getValue())) {
            clear();
        }
    }

    private void sendItems() {
        ArrayNode choices = JacksonUtils.createArrayNode();
        for (int index = 0; index < items.size(); index++) {
            choices.addObject().put("label", labels.get(index)).put("value", key(this, items.get(index)));
        }
        getElement().executeJs("this.items = $0", choices);
    }

    /** Sets the value, which must be one of the items (or null, no choice). */
    @Override
    public void setValue(T value) {
        if (value != null && !items.contains(value)) {
            throw new IllegalArgumentException("Not one of the picker's items: " + value);
        }
        super.setValue(value);
    }

    public List<T> getItems() {
        return items;
    }

    /** The item the browser's key names; a key that names no listed item (stale, or forged) is no choice. */
    private static <T> T item(ChoicePicker<T> picker, String key) {
        if (key == null || key.isEmpty() || key.length() > 9 || !key.chars().allMatch(Character::isDigit)) {
            return null;
        }
        int index = Integer.parseInt(key);
        T item = index < picker.keyed.size() ? picker.keyed.get(index) : null;
        return picker.items.contains(item) ? item : null;
    }

    private static <T> String key(ChoicePicker<T> picker, T item) {
        int index = item == null ? -1 : picker.keyed.indexOf(item);
        return index < 0 ? "" : Integer.toString(index);
    }
}
