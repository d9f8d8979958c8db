package com.publisherportal.security.ui;

import com.publisherportal.common.ui.PortalButton;
import com.publisherportal.common.ui.PortalGrid;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.publisherportal.common.ui.GridExport;
import com.publisherportal.common.export.TableExporter;
import com.publisherportal.common.PortalException;
import com.publisherportal.common.ui.FormErrors;
import com.publisherportal.common.ui.Formats;
import com.publisherportal.common.ui.Badge;
import com.publisherportal.security.ApiKey;
import com.publisherportal.security.ApiKeyService;
import com.publisherportal.security.ApiKeyStatus;
import com.publisherportal.security.ApiScope;
import com.publisherportal.security.CurrentUser;
import com.publisherportal.security.Roles;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Owners and managers create named, scoped API keys (shown once) and revoke them. A key acts with
 * its creator's current rights: the page shows a key as suspended, or partly, with the reason, when
 * its creator is deactivated, has left the account or has a role that no longer allows a scope.
 */
@Route("account/api-keys")
@Menu(title = "nav.api-keys", order = 85, icon = "vaadin:key")
@RolesAllowed({Roles.OWNER, Roles.MANAGER})
public class ApiKeysView extends VerticalLayout implements AfterNavigationObserver {

    private final ApiKeyService apiKeys;
    private final long accountId;
    private final Grid<ApiKeyStatus> grid = new PortalGrid<>();

    public ApiKeysView(ApiKeyService apiKeys, CurrentUser currentUser, TableExporter exporter) {
        this.apiKeys = apiKeys;
        this.accountId = currentUser.require().accountId();
        addClassName("portal-page");
        setSizeFull();
        Button create = new PortalButton(getTranslation("apikeys.create"), e -> openCreateDialog());
        create.setId("create-api-key");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grid.setId("api-keys-grid");
        GridExport<ApiKeyStatus> export = new GridExport<>(grid);
        export.text("name", getTranslation("apikeys.name"), s -> s.key().name());
        export.text("key", getTranslation("apikeys.key"), s -> "ppk_" + s.key().keyId() + "_…");
        export.text("scopes", getTranslation("apikeys.scopes"), s -> scopes(s.key().scopeSet()));
        export.exportAs(grid.addComponentColumn(this::status).setKey("status").setHeader(getTranslation("apikeys.status"))
                        .setFlexGrow(2), getTranslation("apikeys.status"), s -> {
                    String reason = reason(s);
                    String state = getTranslation("apikeys.status." + s.state().name());
                    return reason.isEmpty() ? state : state + " — " + reason;
                });
        export.timestamp("createdAt", getTranslation("apikeys.created"), s -> s.key().createdAt());
        export.text("lastUsedAt", getTranslation("apikeys.last-used"), s -> s.key().lastUsedAt() == null
                ? getTranslation("apikeys.never") : Formats.dateTime(s.key().lastUsedAt()));
        grid.addComponentColumn(s -> {
            ApiKey k = s.key();
            if (!k.active()) {
                return new Span(getTranslation("apikeys.revoked", Formats.dateTime(k.revokedAt())));
            }
            Button revoke = new PortalButton(getTranslation("apikeys.revoke"), e -> {
                apiKeys.revoke(accountId, k.id());
                refresh();
            });
            revoke.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            return revoke;
        }).setAutoWidth(true).setFlexGrow(0);
        export.bind(exporter, "api-keys", getTranslation("apikeys.export.sheet"), () -> apiKeys.statuses(accountId));
        add(new Paragraph(getTranslation("apikeys.intro")), new HorizontalLayout(create, export.links()), grid);
    }

    /** Each visit reads the keys afresh: whether a key is suspended depends on its creator's standing now. */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        refresh();
    }

    private void refresh() {
        grid.setItems(apiKeys.statuses(accountId));
    }

    /** Whether the key works now and, when it is (partly) suspended, why: its creator's current standing. */
    private Component status(ApiKeyStatus status) {
        Badge.Tone tone = switch (status.state()) {
            case ACTIVE -> Badge.Tone.GOOD;
            case PARTLY_SUSPENDED -> Badge.Tone.WARN;
            case SUSPENDED -> Badge.Tone.BAD;
            case REVOKED -> Badge.Tone.NEUTRAL;
        };
        Div cell = new Div(Badge.of(getTranslation("apikeys.status." + status.state().name()), tone));
        cell.setId("api-key-status-" + status.key().id());
        String reason = reason(status);
        if (!reason.isEmpty()) {
            Span why = new Span(reason);
            why.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)")
                    .set("white-space", "normal");
            cell.add(new Div(why));
        }
        return cell;
    }

    private String reason(ApiKeyStatus status) {
        if (status.reason() == null) {
            return "";
        }
        return switch (status.reason()) {
            case CREATOR_DEACTIVATED -> getTranslation("apikeys.reason.CREATOR_DEACTIVATED", status.creatorName());
            case CREATOR_REMOVED -> getTranslation("apikeys.reason.CREATOR_REMOVED");
            case CREATOR_ROLE -> {
                String role = getTranslation("role." + status.creatorRole().name());
                List<String> parts = new ArrayList<>();
                if (!status.suspendedScopes().isEmpty()) {
                    parts.add(getTranslation("apikeys.reason.suspended-scopes", status.creatorName(), role,
                            scopes(status.suspendedScopes())));
                }
                if (!status.limitedScopes().isEmpty()) {
                    parts.add(getTranslation("apikeys.reason.limited-scopes", status.creatorName(), role,
                            scopes(status.limitedScopes())));
                }
                yield String.join(" ", parts);
            }
        };
    }

    private static String scopes(Set<ApiScope> scopes) {
        return scopes.stream().map(ApiScope::value).collect(Collectors.joining(", "));
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
        Button save = new PortalButton(getTranslation("apikeys.create.submit"), e -> {
            try {
                ApiKeyService.CreatedKey created = apiKeys.create(accountId, name.getValue(), scopes.getValue());
                dialog.removeAll();
                dialog.getFooter().removeAll();
                Span key = new Span(created.plainText());
                key.setId("created-api-key");
                key.addClassName("portal-secret");
                dialog.add(new Paragraph(getTranslation("apikeys.created.once")), key);
                dialog.getFooter().add(new PortalButton(getTranslation("common.close"), c -> dialog.close()));
                refresh();
            } catch (PortalException ex) {
                FormErrors.show(dialog, ex, fields);
            }
        });
        save.setId("save-api-key");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new FormLayout(name, scopes));
        dialog.getFooter().add(new PortalButton(getTranslation("common.cancel"), e -> dialog.close()), save);
        dialog.open();
    }
}
