package com.publisherportal.account.ui;

import com.publisherportal.common.ui.PortalButton;
import com.publisherportal.common.ui.PortalGrid;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.publisherportal.common.ui.GridExport;
import com.publisherportal.common.export.TableExporter;
import com.publisherportal.common.ui.MenuSections;

import com.publisherportal.account.StaffDirectoryService;
import com.publisherportal.account.StaffMember;
import com.publisherportal.common.PortalException;
import com.publisherportal.common.ui.FormErrors;
import com.publisherportal.common.ui.Formats;
import com.publisherportal.common.ui.Notify;
import com.publisherportal.security.CurrentUser;
import com.publisherportal.security.PlatformRole;
import com.publisherportal.security.Roles;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.util.Map;

/** Administrators: the marketplace's staff and administrators. */
@Route("admin/staff")
@Menu(title = "nav.staff-users", order = MenuSections.ADMIN + 10, icon = "vaadin:user-star")
@RolesAllowed(Roles.ADMIN)
public class StaffUsersView extends VerticalLayout {

    private final StaffDirectoryService staff;
    private final long myId;
    private final Grid<StaffMember> grid = new PortalGrid<>();

    public StaffUsersView(StaffDirectoryService staff, CurrentUser currentUser, TableExporter exporter) {
        this.staff = staff;
        this.myId = currentUser.require().userId();
        addClassName("portal-page");
        setSizeFull();
        Button add = new PortalButton(getTranslation("staff.add"), e -> openAddDialog());
        add.setId("add-staff");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grid.setId("staff-grid");
        GridExport<StaffMember> export = new GridExport<>(grid);
        export.text("displayName", getTranslation("users.name"), StaffMember::displayName);
        export.text("email", getTranslation("users.email"), StaffMember::email);
        export.exportAs(grid.addComponentColumn(this::roleSelect).setKey("role").setHeader(getTranslation("users.role")),
                getTranslation("users.role"), m -> getTranslation("platform-role." + m.role().name()));
        export.text("status", getTranslation("users.status"),
                m -> getTranslation(m.enabled() ? "users.status.active" : "users.status.inactive"));
        export.date("createdAt", getTranslation("users.since"), StaffMember::createdAt);
        grid.addComponentColumn(this::enableButton).setAutoWidth(true).setFlexGrow(0);
        export.bind(exporter, "staff", getTranslation("users.export.sheet"), staff::list);
        add(new HorizontalLayout(add, export.links()), grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(staff.list());
    }

    private Component roleSelect(StaffMember member) {
        Select<PlatformRole> select = new Select<>();
        select.setItems(PlatformRole.values());
        select.setItemLabelGenerator(r -> getTranslation("platform-role." + r.name()));
        select.setValue(member.role());
        select.setEnabled(member.userId() != myId);
        select.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                try {
                    staff.changeRole(member.userId(), e.getValue(), member.version());
                } catch (PortalException ex) {
                    Notify.error(getTranslation(ex.messageKey(), ex.arguments()));
                }
                refresh();
            }
        });
        return select;
    }

    private Component enableButton(StaffMember member) {
        if (member.userId() == myId) {
            return new Span(getTranslation("users.you"));
        }
        Button toggle = new PortalButton(getTranslation(member.enabled() ? "users.deactivate" : "users.reactivate"), e -> {
            try {
                staff.setEnabled(member.userId(), !member.enabled());
            } catch (PortalException ex) {
                Notify.error(getTranslation(ex.messageKey(), ex.arguments()));
            }
            refresh();
        });
        toggle.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return toggle;
    }

    private void openAddDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("staff.add"));
        TextField name = new TextField(getTranslation("users.name"));
        EmailField email = new EmailField(getTranslation("users.email"));
        Select<PlatformRole> role = new Select<>();
        role.setLabel(getTranslation("users.role"));
        role.setItems(PlatformRole.values());
        role.setItemLabelGenerator(r -> getTranslation("platform-role." + r.name()));
        role.setValue(PlatformRole.STAFF);
        Map<String, HasValidation> fields = Map.of("displayName", name, "email", email, "role", role);
        Button save = new PortalButton(getTranslation("users.add.submit"), e -> {
            try {
                StaffDirectoryService.AddedStaff added = staff.add(email.getValue(), name.getValue(), role.getValue());
                dialog.removeAll();
                dialog.getFooter().removeAll();
                Span password = new Span(added.oneTimePassword());
                password.addClassName("portal-secret");
                dialog.add(new Paragraph(getTranslation("users.added.password", added.member().email())), password,
                        new Paragraph(getTranslation("users.added.once")));
                dialog.getFooter().add(new PortalButton(getTranslation("common.close"), c -> dialog.close()));
                refresh();
            } catch (PortalException ex) {
                FormErrors.show(dialog, ex, fields);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new FormLayout(name, email, role));
        dialog.getFooter().add(new PortalButton(getTranslation("common.cancel"), e -> dialog.close()), save);
        dialog.open();
    }
}
