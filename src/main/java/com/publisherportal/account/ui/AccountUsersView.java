package com.publisherportal.account.ui;

import com.publisherportal.common.ui.PortalButton;
import com.publisherportal.common.ui.PortalGrid;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.publisherportal.common.ui.GridExport;
import com.publisherportal.common.export.TableExporter;
import com.publisherportal.account.AccountService;
import com.publisherportal.account.Member;
import com.publisherportal.common.PortalException;
import com.publisherportal.common.ui.FormErrors;
import com.publisherportal.common.ui.Formats;
import com.publisherportal.common.ui.Notify;
import com.publisherportal.security.AccountRole;
import com.publisherportal.security.CurrentUser;
import com.publisherportal.security.PortalUser;
import com.publisherportal.security.Roles;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
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

/** Owners and managers add users, change their roles and deactivate them. */
@Route("account/users")
@Menu(title = "nav.users", order = 80, icon = "vaadin:users")
@RolesAllowed({Roles.OWNER, Roles.MANAGER})
public class AccountUsersView extends VerticalLayout {

    private final AccountService accounts;
    private final long accountId;
    private final PortalUser me;
    private final Grid<Member> grid = new PortalGrid<>();

    public AccountUsersView(AccountService accounts, CurrentUser currentUser, TableExporter exporter) {
        this.accounts = accounts;
        this.me = currentUser.require();
        this.accountId = me.accountId();
        addClassName("portal-page");
        setSizeFull();

        Button add = new PortalButton(getTranslation("users.add"), e -> openAddDialog());
        add.setId("add-user");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        grid.setId("users-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        GridExport<Member> export = new GridExport<>(grid);
        export.text("displayName", getTranslation("users.name"), Member::displayName).setSortable(true)
                .setComparator(Member::displayName).setFlexGrow(2);
        export.text("email", getTranslation("users.email"), Member::email).setSortable(true)
                .setComparator(Member::email).setFlexGrow(2);
        export.exportAs(grid.addComponentColumn(this::roleSelect).setKey("role").setHeader(getTranslation("users.role"))
                .setFlexGrow(1).setAutoWidth(true), getTranslation("users.role"), m -> getTranslation("role." + m.role().name()));
        export.text("status", getTranslation("users.status"), m -> getTranslation(!m.enabled() ? "users.status.inactive"
                : m.mustChangePassword() ? "users.status.invited" : "users.status.active"));
        export.date("createdAt", getTranslation("users.since"), Member::createdAt);
        grid.addComponentColumn(this::enableButton).setHeader("").setAutoWidth(true).setFlexGrow(0);
        export.bind(exporter, "users", getTranslation("users.export.sheet"), () -> accounts.members(accountId));
        add(new Paragraph(getTranslation("users.intro")), new HorizontalLayout(add, export.links()), grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(accounts.members(accountId));
    }

    private Select<AccountRole> roleSelect(Member member) {
        Select<AccountRole> select = new Select<>();
        select.setItems(AccountRole.values());
        select.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        select.setValue(member.role());
        select.setEnabled(member.userId() != me.userId());
        select.setAriaLabel(getTranslation("users.role-of", member.displayName()));
        // Wide enough for the longest role and the dropdown arrow, so it reads as a picker.
        select.setMinWidth("12em");
        select.setWidthFull();
        select.addValueChangeListener(e -> {
            if (!e.isFromClient()) {
                return;
            }
            try {
                accounts.changeRole(accountId, member.userId(), e.getValue(), member.version());
                Notify.success("users.role-changed", member.displayName(), getTranslation("role." + e.getValue().name()));
            } catch (PortalException ex) {
                Notify.error(getTranslation(ex.messageKey(), ex.arguments()));
            } catch (org.springframework.security.access.AccessDeniedException ex) {
                Notify.error(getTranslation("error.access-denied"));
            }
            refresh();
        });
        return select;
    }

    private Span enableButton(Member member) {
        if (member.userId() == me.userId()) {
            return new Span(getTranslation("users.you"));
        }
        Button toggle = new PortalButton(getTranslation(member.enabled() ? "users.deactivate" : "users.reactivate"), e -> {
            try {
                accounts.setEnabled(accountId, member.userId(), !member.enabled());
            } catch (PortalException ex) {
                Notify.error(getTranslation(ex.messageKey(), ex.arguments()));
            } catch (org.springframework.security.access.AccessDeniedException ex) {
                Notify.error(getTranslation("error.access-denied"));
            }
            refresh();
        });
        toggle.addThemeVariants(ButtonVariant.LUMO_SMALL, member.enabled() ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_SUCCESS);
        return new Span(toggle);
    }

    private void openAddDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("users.add"));
        TextField name = new TextField(getTranslation("users.name"));
        EmailField email = new EmailField(getTranslation("users.email"));
        Select<AccountRole> role = new Select<>();
        role.setLabel(getTranslation("users.role"));
        role.setItems(AccountRole.values());
        role.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        role.setValue(AccountRole.DEVELOPER);
        name.setId("new-user-name");
        email.setId("new-user-email");
        role.setId("new-user-role");
        Map<String, HasValidation> fields = Map.of("displayName", name, "email", email, "role", role);
        Button save = new PortalButton(getTranslation("users.add.submit"), e -> {
            try {
                AccountService.AddedUser added = accounts.addUser(accountId, email.getValue(), name.getValue(), role.getValue());
                dialog.removeAll();
                dialog.getFooter().removeAll();
                Paragraph shown = new Paragraph(getTranslation("users.added.password", added.member().email()));
                Span password = new Span(added.oneTimePassword());
                password.setId("one-time-password");
                password.addClassName("portal-secret");
                dialog.add(shown, password, new Paragraph(getTranslation("users.added.once")));
                dialog.getFooter().add(new PortalButton(getTranslation("common.close"), c -> dialog.close()));
                refresh();
            } catch (PortalException ex) {
                FormErrors.show(dialog, ex, fields);
            }
        });
        save.setId("save-user");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new FormLayout(name, email, role));
        dialog.getFooter().add(new PortalButton(getTranslation("common.cancel"), e -> dialog.close()), save);
        dialog.open();
    }
}
