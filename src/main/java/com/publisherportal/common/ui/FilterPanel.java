package com.publisherportal.common.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.function.SerializableSupplier;

/**
 * A page's filters: in a wrapping row on a wide screen; on a phone folded behind one "Filters"
 * button, so that the results, not nine fields, fill the first screen. Which layout applies is
 * decided by the stylesheet's width query, so a rotated phone needs no round trip.
 */
public final class FilterPanel extends Div {

    private final Button toggle = new PortalButton();
    private final HorizontalLayout fields = new HorizontalLayout();
    private int active;

    public FilterPanel(Component... filters) {
        addClassNames("filter-panel", "filters-folded");
        toggle.setIcon(VaadinIcon.FILTER.create());
        toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        toggle.addClassName("filter-panel-toggle");
        toggle.addClickListener(e -> setFolded(!isFolded()));
        fields.addClassName("filter-panel-fields");
        fields.setWrap(true);
        fields.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        fields.add(filters);
        add(toggle, fields);
        updateToggle();
    }

    /** Adds more filters after the given ones. */
    public void addFilters(Component... filters) {
        fields.add(filters);
    }

    /** Adds filters right after one already there: for filters that only some choices call for. */
    public void addFiltersAfter(Component filter, Component... filters) {
        int at = fields.indexOf(filter);
        if (at < 0) {
            throw new IllegalArgumentException("Not one of this panel's filters: " + filter);
        }
        for (Component added : filters) {
            fields.addComponentAtIndex(++at, added);
        }
    }

    /**
     * Ends the filters with a "More filters" button that, clicked, puts the filters {@code create}
     * makes in its place and focuses the first: filters set less often cost an open page nothing
     * until asked for (a picker keeps its state, listeners and items in the session, issue 20).
     */
    public void addMoreFilters(String id, SerializableSupplier<Component[]> create) {
        Button more = new PortalButton(getTranslation("filters.more"), VaadinIcon.PLUS.create());
        more.setId(id);
        more.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        more.addClickListener(e -> {
            Component[] shown = create.get();
            addFiltersAfter(more, shown);
            more.removeFromParent();
            if (shown.length > 0 && shown[0] instanceof Focusable<?> first) {
                first.focus();
            }
        });
        fields.add(more);
    }

    /** How many filters are set, shown on the phone's button so a folded filter is not forgotten. */
    public void setActiveCount(int count) {
        this.active = Math.max(0, count);
        updateToggle();
    }

    public boolean isFolded() {
        return hasClassName("filters-folded");
    }

    public void setFolded(boolean folded) {
        setClassName("filters-folded", folded);
        updateToggle();
    }

    private void updateToggle() {
        String label = getTranslation(isFolded() ? "filters.show" : "filters.hide");
        toggle.setText(active == 0 ? label : getTranslation("filters.active", label, active));
        toggle.getElement().setAttribute("aria-expanded", Boolean.toString(!isFolded()));
    }
}
