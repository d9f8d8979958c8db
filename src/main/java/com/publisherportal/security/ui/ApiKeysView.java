package com.publisherportal.security.ui;

import com.publisherportal.common.PortalException;
import com.publisherportal.common.ui.FormErrors;
import com.publisherportal.common.ui.Formats;
import com.publisherportal.security.ApiKey;
import com.publisherportal.security.ApiKeyService;
import com.publisherportal.security.ApiScope;
import com.publisherportal.security.CurrentUser;
import com.publisherportal.security.Roles;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.util.Map;
import java.util.stream.Collectors;

/** Owners and managers create named, scoped API keys (shown once) and revoke them. */
@Route("account/api-keys")
@Menu(title = "nav.api-keys", order = 85, icon = "vaadin:key")
@RolesAllowed({Roles.OWNER, Roles.MANAGER})
public class ApiKeysView extends VerticalLayout {

    private final ApiKeyService apiKeys;
    private final long accountId;
    private final Grid<ApiKey> grid = new Grid<>();

    public ApiKeysView(ApiKeyService apiKeys, CurrentUser currentUser) {
        this.apiKeys = apiKeys;
        this.accountId = currentUser.require().accountId();
        addClassName("portal-page");
        setSizeFull();
        Button create = new Button(getTranslation("apikeys.create"), e -> openCreateDialog());
        create.setId("create-api-key");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grid.setId("api-keys-grid");
        grid.addColumn(ApiKey::name).setHeader(getTranslation("apikeys.name"));
        grid.addColumn(k -> "ppk_" + k.keyId() + "_…").setHeader(getTranslation("apikeys.key"));
        grid.addColumn(k -> k.scopeSet().stream().map(ApiScope::value).collect(Collectors.joining(", ")))
                .setHeader(getTranslation("apikeys.scopes"));
        grid.addColumn(k -> Formats.dateTime(k.createdAt())).setHeader(getTranslation("apikeys.created"));
        grid.addColumn(k -> k.lastUsedAt() == null ? getTranslation("apikeys.never") : Formats.dateTime(k.lastUsedAt()))
                .setHeader(getTranslation("apikeys.last-used"));
        grid.addComponentColumn(k -> {
            if (!k.active()) {
                return new Span(getTranslation("apikeys.revoked", Formats.dateTime(k.revokedAt())));
            }
            Button revoke = new Button(getTranslation("apikeys.revoke"), e -> {
                apiKeys.revoke(accountId, k.id());
                refresh();
            });
            revoke.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            return revoke;
        }).setAutoWidth(true).setFlexGrow(0);
        add(new Paragraph(getTranslation("apikeys.intro")), create, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(apiKeys.list(accountId));
    }

    private void openCreateDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("apikeys.create"));
        TextField name = new TextField(getTranslation("apikeys.name"));
        name.setId("api-key-name");
        CheckboxGroup<ApiScope> scopes = new CheckboxGroup<>(getTranslation("apikeys.scopes"));
        scopes.setItems(ApiScope.values());
        scopes.setItemLabelGenerator(s -> s.value() + " — " + getTranslation("apikeys.scope." + s.value()));
        scopes.setId("api-key-scopes");
        Map<String, HasValidation> fields = Map.of("name", name, "scopes", scopes);
        Button save = new Button(getTranslation("apikeys.create.submit"), e -> {
            try {
                ApiKeyService.CreatedKey created = apiKeys.create(accountId, name.getValue(), scopes.getValue());
                dialog.removeAll();
                dialog.getFooter().removeAll();
                Span key = new Span(created.plainText());
                key.setId("created-api-key");
                key.addClassName("portal-secret");
                dialog.add(new Paragraph(getTranslation("apikeys.created.once")), key);
                dialog.getFooter().add(new Button(getTranslation("common.close"), c -> dialog.close()));
                refresh();
            } catch (PortalException ex) {
                FormErrors.show(dialog, ex, fields);
            }
        });
        save.setId("save-api-key");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new FormLayout(name, scopes));
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), save);
        dialog.open();
    }
}
