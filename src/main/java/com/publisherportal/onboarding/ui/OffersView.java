package com.publisherportal.onboarding.ui;

import com.publisherportal.common.ui.PortalButton;
import com.publisherportal.common.ui.PortalGrid;
import com.publisherportal.common.PortalException;
import com.publisherportal.common.ui.FormErrors;
import com.publisherportal.common.export.TableExporter;
import com.publisherportal.common.ui.GridExport;
import com.publisherportal.onboarding.Offer;
import com.publisherportal.onboarding.OfferService;
import com.publisherportal.onboarding.OfferType;
import com.publisherportal.security.AccountRole;
import com.publisherportal.security.CurrentUser;
import com.publisherportal.security.PortalUser;
import com.publisherportal.security.Roles;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.util.Map;
import java.util.Set;

/** The account's offers with their status; owners, managers and developers create drafts. */
@Route("offers")
@Menu(title = "nav.offers", order = 15, icon = "vaadin:package")
@RolesAllowed(Roles.PUBLISHER)
public class OffersView extends VerticalLayout {

    private final OfferService offers;
    private final long accountId;

    public OffersView(CurrentUser currentUser, OfferService offers, TableExporter exporter) {
        this.offers = offers;
        PortalUser user = currentUser.require();
        this.accountId = user.accountId();
        addClassName("portal-page");
        setSizeFull();
        if (Set.of(AccountRole.OWNER, AccountRole.MANAGER, AccountRole.DEVELOPER).contains(user.accountRole())) {
            if (offers.mayCreateOffers(accountId)) {
                Button create = new PortalButton(getTranslation("offers.create"), e -> openCreateDialog());
                create.setId("create-offer");
                create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                add(create);
            } else {
                add(new Paragraph(getTranslation("offer.create.needs-nomination")));
            }
        }
        Grid<Offer> grid = new PortalGrid<>();
        grid.setId("offers-grid");
        // Long names wrap rather than end in "…", so a phone shows them whole.
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        GridExport<Offer> export = new GridExport<>(grid);
        // The name comes first, stays in view and takes the room: on a phone it read "Contos…".
        export.text("name", getTranslation("offers.name"), Offer::name).setSortable(true).setComparator(Offer::name)
                .setFrozen(true).setWidth("14rem").setFlexGrow(1);
        export.exportAs(grid.addComponentColumn(o -> OnboardingStatus.offer(this, o.status())).setKey("status")
                        .setHeader(getTranslation("common.status")).setComparator(Offer::status).setAutoWidth(true).setFlexGrow(0),
                getTranslation("common.status"), o -> getTranslation(o.status().messageKey()));
        export.text("offerId", getTranslation("offers.offer-id"), Offer::offerId).setSortable(true)
                .setComparator(Offer::offerId).setAutoWidth(true).setFlexGrow(0);
        export.text("type", getTranslation("offers.type"), o -> getTranslation(o.offerType().messageKey()))
                .setSortable(true).setAutoWidth(true).setFlexGrow(0);
        export.date("createdAt", getTranslation("offers.created"), Offer::createdAt).setSortable(true)
                .setComparator(Offer::createdAt).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(offers.offers(accountId));
        grid.addItemClickListener(e -> UI.getCurrent().navigate("offers/" + e.getItem().id()));
        export.bind(exporter, "offers", getTranslation("offers.export.sheet"), () -> offers.offers(accountId));
        add(export.links(), grid);
    }

    private void openCreateDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("offers.create"));
        TextField offerId = new TextField(getTranslation("offers.offer-id"));
        offerId.setHelperText(getTranslation("offers.offer-id.help"));
        offerId.setMaxLength(50);
        offerId.setId("new-offer-id");
        TextField name = new TextField(getTranslation("offers.name"));
        name.setMaxLength(OfferService.NAME_MAX_LENGTH);
        name.setId("new-offer-name");
        Select<OfferType> type = new Select<>();
        type.setLabel(getTranslation("offers.type"));
        type.setItems(OfferType.values());
        type.setItemLabelGenerator(t -> getTranslation(t.messageKey()));
        type.setId("new-offer-type");
        Map<String, HasValidation> fields = Map.of("offerId", offerId, "name", name, "offerType", type);
        Button save = new PortalButton(getTranslation("offers.create.submit"), e -> {
            try {
                Offer offer = offers.create(accountId, offerId.getValue(), name.getValue(), type.getValue());
                dialog.close();
                UI.getCurrent().navigate("offers/" + offer.id());
            } catch (PortalException ex) {
                FormErrors.show(dialog, ex, fields);
            }
        });
        save.setId("save-offer");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new FormLayout(offerId, name, type));
        dialog.getFooter().add(new PortalButton(getTranslation("common.cancel"), e -> dialog.close()), save);
        dialog.open();
    }
}
