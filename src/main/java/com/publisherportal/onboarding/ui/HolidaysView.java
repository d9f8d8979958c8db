package com.publisherportal.onboarding.ui;

import com.publisherportal.common.ui.PortalButton;
import com.publisherportal.common.ui.PortalGrid;
import com.publisherportal.common.ui.ComponentTexts;
import com.publisherportal.common.ui.MenuSections;

import com.publisherportal.common.PortalException;
import com.publisherportal.common.ui.FormErrors;
import com.publisherportal.onboarding.HolidayService;
import com.publisherportal.onboarding.PublicHoliday;
import com.publisherportal.security.Roles;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Map;

/** Staff: the public holidays on which service-level clocks stop. */
@Route("staff/holidays")
@Menu(title = "nav.holidays", order = MenuSections.STAFF + 50, icon = "vaadin:calendar")
@RolesAllowed(Roles.STAFF)
public class HolidaysView extends VerticalLayout {

    public HolidaysView(HolidayService holidays) {
        addClassName("portal-page");
        Grid<PublicHoliday> grid = new PortalGrid<>();
        grid.setId("holidays-grid");
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(getLocale());
        grid.addColumn(h -> format.format(h.date())).setHeader(getTranslation("holidays.date"));
        grid.addColumn(PublicHoliday::name).setHeader(getTranslation("holidays.name"));
        grid.addComponentColumn(h -> {
            Button remove = new PortalButton(getTranslation("holidays.remove"), e -> {
                holidays.remove(h);
                grid.setItems(holidays.holidays());
            });
            remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            return remove;
        }).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(holidays.holidays());
        DatePicker date = ComponentTexts.localise(new DatePicker(getTranslation("holidays.date")));
        date.setId("holiday-date");
        TextField name = new TextField(getTranslation("holidays.name"));
        name.setMaxLength(100);
        Map<String, HasValidation> fields = Map.of("date", date, "name", name);
        Button add = new PortalButton(getTranslation("holidays.add"), e -> {
            try {
                holidays.add(date.getValue(), name.getValue());
                date.clear();
                name.clear();
                FormErrors.clear(fields);
                grid.setItems(holidays.holidays());
            } catch (PortalException ex) {
                FormErrors.show(this, ex, fields);
            }
        });
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(date, name, add);
        form.setAlignItems(Alignment.BASELINE);
        // No holiday yet: what they are for, and the way to add the first.
        Button first = new PortalButton(getTranslation("holidays.empty.add"), e -> date.focus());
        first.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        com.vaadin.flow.component.html.Div empty = new com.vaadin.flow.component.html.Div(
                new Paragraph(getTranslation("holidays.empty")), first);
        empty.addClassName("portal-empty-state");
        empty.setId("holidays-empty");
        grid.setEmptyStateComponent(empty);
        add(new Paragraph(getTranslation("holidays.intro")), form, grid);
    }
}
