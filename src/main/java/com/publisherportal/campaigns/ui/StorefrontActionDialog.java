package com.publisherportal.campaigns.ui;

import com.publisherportal.account.Countries;
import com.publisherportal.campaigns.ContactDetails;
import com.publisherportal.campaigns.GoToMarketService;
import com.publisherportal.campaigns.StorefrontLeads;
import com.publisherportal.campaigns.StorefrontVisit;
import com.publisherportal.common.PortalException;
import com.publisherportal.common.ui.FormErrors;
import com.publisherportal.common.ui.PortalButton;
import com.publisherportal.listing.StorefrontListing;
import com.publisherportal.listing.StorefrontListing.CallToAction;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;

import java.util.Map;

/**
 * A storefront call to action: the visitor's details (required or optional by action), then the
 * record and, with details and consent, the lead; a test drive then shows its access information.
 * Used by the product page and by the test drive's own page.
 */
class StorefrontActionDialog extends Dialog {

    private final StorefrontListing listing;
    private final StorefrontVisit visit;
    private final CallToAction action;
    private final StorefrontLeads storefrontLeads;
    private final GoToMarketService goToMarket;

    StorefrontActionDialog(StorefrontListing listing, StorefrontVisit visit, CallToAction action,
                           StorefrontLeads storefrontLeads, GoToMarketService goToMarket) {
        this.listing = listing;
        this.visit = visit;
        this.action = action;
        this.storefrontLeads = storefrontLeads;
        this.goToMarket = goToMarket;
        build();
    }

    private void build() {
        boolean required = StorefrontLeads.needsDetails(action);
        Dialog dialog = this;
        dialog.setHeaderTitle(getTranslation("product.cta." + action.name()));
        dialog.setId("cta-dialog");
        TextField first = field("storefront.first-name", "cta-first-name", 50);
        TextField last = field("storefront.last-name", "cta-last-name", 50);
        EmailField email = new EmailField(getTranslation("storefront.email"));
        email.setMaxLength(254);
        email.setId("cta-email");
        TextField company = field("storefront.company", "cta-company", 100);
        TextField jobTitle = field("storefront.title", "cta-title", 100);
        ComboBox<String> country = new ComboBox<>(getTranslation("storefront.country"));
        country.setItems(Countries.codesSortedByName(getLocale()));
        country.setItemLabelGenerator(c -> Countries.name(c, getLocale()));
        country.setId("cta-country");
        Checkbox consent = new Checkbox(getTranslation("storefront.consent", listing.publisherName()));
        consent.setId("cta-consent");
        // Hidden from people (and from screen readers); only a bot fills it.
        TextField honeypot = new TextField();
        honeypot.addClassName("portal-honeypot");
        honeypot.getElement().setAttribute("aria-hidden", "true");
        honeypot.getElement().setAttribute("tabindex", "-1");
        honeypot.setId("cta-website");
        Map<String, HasValidation> fields = Map.of("firstName", first, "lastName", last, "email", email,
                "company", company, "country", country, "title", jobTitle, "consent", consent);
        dialog.add(new Paragraph(getTranslation(required ? "storefront.details.required" : "storefront.details.optional",
                listing.publisherName())), new FormLayout(first, last, email, company, country, jobTitle), consent, honeypot);
        Button send = new PortalButton(getTranslation("storefront.send"), e -> {
            ContactDetails details = new ContactDetails(first.getValue(), last.getValue(), email.getValue(),
                    company.getValue(), country.getValue(), jobTitle.getValue(), consent.getValue());
            submit(details, honeypot.getValue(), fields);
        });
        send.setId("cta-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new PortalButton(getTranslation("common.cancel"), e -> dialog.close()));
        if (!required) {
            Button skip = new PortalButton(getTranslation("storefront.skip"), e -> submit(null, null, fields));
            skip.setId("cta-skip");
            dialog.getFooter().add(skip);
        }
        dialog.getFooter().add(send);
    }

    private void submit(ContactDetails details, String honeypot, Map<String, HasValidation> fields) {
        Dialog dialog = this;
        try {
            storefrontLeads.act(visit, listing, action, details, honeypot);
            dialog.removeAll();
            dialog.getFooter().removeAll();
            dialog.add(new Paragraph(getTranslation(details == null ? "storefront.thanks.recorded" : "storefront.thanks.lead",
                    listing.publisherName())));
            if (action == CallToAction.TEST_DRIVE && details != null) {
                goToMarket.publicTestDriveAccess(listing.offer().id()).ifPresent(access -> {
                    Paragraph info = new Paragraph(access);
                    info.addClassName("portal-secret");
                    dialog.add(new Paragraph(getTranslation("storefront.test-drive.access")), info);
                });
            }
            dialog.getFooter().add(new PortalButton(getTranslation("common.close"), e -> dialog.close()));
        } catch (PortalException ex) {
            FormErrors.show(dialog, ex, fields);
        }
    }

    private TextField field(String labelKey, String id, int max) {
        TextField text = new TextField(getTranslation(labelKey));
        text.setMaxLength(max);
        text.setId(id);
        return text;
    }
}
