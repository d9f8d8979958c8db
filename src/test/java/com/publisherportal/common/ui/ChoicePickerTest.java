package com.publisherportal.common.ui;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.AbstractField.ComponentValueChangeEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.internal.nodefeature.ElementPropertyMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A picker hands the browser its items as labels and keys on every attach, and takes back a key:
 * the item it names, from the user, and no choice for a key that names no listed item.
 */
class ChoicePickerTest {

    @BeforeEach
    void openUi() {
        MockVaadin.setup();
    }

    @AfterEach
    void closeUi() {
        MockVaadin.tearDown();
    }

    private static void pickInBrowser(ChoicePicker<?> picker, String key) throws Exception {
        picker.getElement().getNode().getFeature(ElementPropertyMap.class).deferredUpdateFromClient("value", key).run();
    }

    /** The items the next answer hands the browser, label by key, in their order (none when it sends none). */
    private static List<Map.Entry<String, String>> itemsSent() {
        UI ui = UI.getCurrent();
        ui.getInternals().getStateTree().runExecutionsBeforeClientResponse();
        List<Map.Entry<String, String>> sent = new ArrayList<>();
        ui.getInternals().dumpPendingJavaScriptInvocations().stream()
                .filter(call -> call.getInvocation().getExpression().contains("this.items = $0"))
                .forEach(call -> ((JsonNode) call.getInvocation().getParameters().getFirst()).forEach(item ->
                        sent.add(Map.entry(item.get("value").asString(), item.get("label").asString()))));
        return sent;
    }

    private static String key(ChoicePicker<?> picker) {
        return picker.getElement().getProperty("value", "");
    }

    private static <T> ChoicePicker<T> attached(List<T> items, com.vaadin.flow.function.SerializableFunction<T, String> label) {
        ChoicePicker<T> picker = new ChoicePicker<>();
        picker.setItems(items, label);
        UI.getCurrent().add(picker);
        return picker;
    }

    @Test
    void theBrowserGetsEachItemsLabelAsTextWithAKeyOnEveryAttachAndTheSessionKeepsNoCopy() {
        String markup = "</vaadin-combo-box-item><img src=x onerror=alert(1)>";
        ChoicePicker<DayOfWeek> picker = attached(List.of(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                day -> day == DayOfWeek.FRIDAY ? markup : "Monday");

        assertThat(itemsSent()).containsExactly(Map.entry("0", "Monday"), Map.entry("1", markup));
        assertThat(picker.getElement().getPropertyNames().collect(Collectors.toSet())).doesNotContain("items");
        assertThat(itemsSent()).as("sent once").isEmpty();

        // Attached again (a page shown again, a resynchronised UI): the browser's element is new, so is the list.
        picker.removeFromParent();
        UI.getCurrent().add(picker);
        assertThat(itemsSent()).containsExactly(Map.entry("0", "Monday"), Map.entry("1", markup));
    }

    @Test
    void aPickInTheBrowserIsTheItemFromTheUserAndTheClearButtonNoChoice() throws Exception {
        ChoicePicker<DayOfWeek> picker = attached(List.of(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), DayOfWeek::name);
        List<ComponentValueChangeEvent<ChoicePicker<DayOfWeek>, DayOfWeek>> changes = new ArrayList<>();
        picker.addValueChangeListener(changes::add);

        pickInBrowser(picker, "1");
        assertThat(picker.getValue()).isEqualTo(DayOfWeek.FRIDAY);
        assertThat(changes).hasSize(1);
        assertThat(changes.getFirst().isFromClient()).isTrue();

        pickInBrowser(picker, "");
        assertThat(picker.getValue()).isNull();
        assertThat(changes).hasSize(2);
    }

    @Test
    void aKeyThatNamesNoListedItemIsNoChoice() throws Exception {
        ChoicePicker<String> plans = attached(List.of("basic", "pro"), plan -> plan);
        plans.setItems(List.of("pro", "enterprise"), plan -> plan);
        // "0" named basic, listed no more; "2" names enterprise.
        for (String forged : List.of("0", "3", "-1", "1e3", "99999999999999999999", "pro")) {
            pickInBrowser(plans, "2");
            assertThat(plans.getValue()).isEqualTo("enterprise");
            pickInBrowser(plans, forged);
            assertThat(plans.getValue()).as(forged).isNull();
        }
    }

    @Test
    void aKeyBeforeAnyItemsIsNoChoice() throws Exception {
        ChoicePicker<String> empty = new ChoicePicker<>();
        UI.getCurrent().add(empty);
        pickInBrowser(empty, "0");
        assertThat(empty.getValue()).isNull();
        assertThat(empty.getItems()).doesNotContainNull();
    }

    @Test
    void theServerSetsOnlyAnItemAndTheBrowserShowsItsKey() {
        ChoicePicker<DayOfWeek> picker = attached(List.of(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), DayOfWeek::name);
        picker.setValue(DayOfWeek.FRIDAY);
        assertThat(key(picker)).isEqualTo("1");
        picker.setValue(null);
        assertThat(key(picker)).isEmpty();
        assertThatThrownBy(() -> picker.setValue(DayOfWeek.SUNDAY)).isInstanceOf(IllegalArgumentException.class);
        assertThat(picker.getValue()).isNull();
    }

    @Test
    void newItemsKeepTheChoiceUnderTheSameKeyWhileListedAndClearItOtherwise() {
        ChoicePicker<String> plans = attached(List.of("basic", "pro", "enterprise"), plan -> plan);
        plans.setValue("pro");
        itemsSent();
        List<String> changes = new ArrayList<>();
        plans.addValueChangeListener(e -> changes.add(String.valueOf(e.getValue())));

        // An item keeps its key whatever the list, so the browser's value never names another item.
        plans.setItems(List.of("pro", "trial"), String::toUpperCase);
        assertThat(plans.getValue()).isEqualTo("pro");
        assertThat(key(plans)).isEqualTo("1");
        assertThat(itemsSent()).containsExactly(Map.entry("1", "PRO"), Map.entry("3", "TRIAL"));
        assertThat(changes).isEmpty();

        plans.setItems(List.of("trial"), plan -> plan);
        assertThat(plans.getValue()).isNull();
        assertThat(key(plans)).isEmpty();
        assertThat(changes).containsExactly("null");
    }
}
