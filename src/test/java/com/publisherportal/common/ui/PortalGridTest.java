package com.publisherportal.common.ui;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal's grid columns keep no listener for the properties only the server sets (what each
 * open page keeps in the session, issue 20), and what the server sets still reaches the browser.
 */
class PortalGridTest {

    private static final List<String> SERVER_SET = List.of("width", "flexGrow", "resizable", "frozen", "frozenToEnd", "textAlign");

    private static List<String> synchronised(Element column) {
        ElementListenerMap listeners = column.getNode().getFeature(ElementListenerMap.class);
        return SERVER_SET.stream().filter(property -> listeners.getPropertySynchronizationMode(property) != null).toList();
    }

    @Test
    void aColumnListensForNoneOfTheSixPropertiesVaadinsOwnColumnSynchronises() {
        Grid.Column<String> vaadins = new Grid<String>().addColumn(row -> row);
        Grid.Column<String> portals = new PortalGrid<String>().addColumn(row -> row);

        // Vaadin's own column still asks for all six: otherwise this test would prove nothing.
        assertThat(synchronised(vaadins.getElement())).containsExactlyInAnyOrderElementsOf(SERVER_SET);
        assertThat(synchronised(portals.getElement())).isEmpty();
        assertThat(portals.getElement().getNode().getFeature(ElementListenerMap.class).getExpressions("column-drag-resize"))
                .isEmpty();
    }

    @Test
    void theGridListensForNeitherColumnReorderingNorAllRowsVisible() {
        List<String> gridProperties = List.of("columnReorderingAllowed", "allRowsVisible");
        ElementListenerMap vaadins = new Grid<String>().getElement().getNode().getFeature(ElementListenerMap.class);
        ElementListenerMap portals = new PortalGrid<String>().getElement().getNode().getFeature(ElementListenerMap.class);

        assertThat(gridProperties).allSatisfy(p -> assertThat(vaadins.getPropertySynchronizationMode(p)).as(p).isNotNull());
        assertThat(gridProperties).allSatisfy(p -> assertThat(portals.getPropertySynchronizationMode(p)).as(p).isNull());
        PortalGrid<String> grid = new PortalGrid<>();
        grid.setAllRowsVisible(true);
        assertThat(grid.isAllRowsVisible()).isTrue();
        assertThat(grid.getElement().getProperty("allRowsVisible", false)).isTrue();
    }

    @Test
    void whatTheServerSetsStillReachesTheColumnElementAndReadsBack() {
        PortalGrid<String> grid = new PortalGrid<>();
        Grid.Column<String> column = grid.addColumn(row -> row).setKey("name")
                .setWidth("12rem").setFlexGrow(0).setResizable(true).setFrozen(true).setTextAlign(ColumnTextAlign.END);

        assertThat(grid.getColumnByKey("name")).isSameAs(column);
        assertThat(column.getElement().getProperty("width")).isEqualTo("12rem");
        assertThat(column.getElement().getProperty("frozen", false)).isTrue();
        assertThat(column.getElement().getProperty("resizable", false)).isTrue();
        assertThat(column.getWidth()).isEqualTo("12rem");
        assertThat(column.getFlexGrow()).isZero();
        assertThat(column.isResizable()).isTrue();
        assertThat(column.isFrozen()).isTrue();
        assertThat(column.isFrozenToEnd()).isFalse();
        assertThat(column.getTextAlign()).isEqualTo(ColumnTextAlign.END);
    }

    @Test
    void everyGridOfThePortalIsAPortalGrid() {
        JavaClasses portal = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.publisherportal");
        // Whoever calls Vaadin's grid constructor: a "new Grid<>()" or a subclass's super().
        List<String> callers = portal.stream()
                .flatMap(c -> c.getConstructorCallsFromSelf().stream())
                .filter(call -> call.getTargetOwner().isEquivalentTo(Grid.class))
                .map(call -> call.getOriginOwner().getName())
                .distinct().toList();

        assertThat(callers).containsExactly(PortalGrid.class.getName());
    }
}
