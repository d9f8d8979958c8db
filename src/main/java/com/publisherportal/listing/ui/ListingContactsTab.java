package com.publisherportal.listing.ui;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;

/** The listing editor's contacts tab: the privacy policy, and the support and engineering contacts. */
class ListingContactsTab extends FormLayout {

    ListingContactsTab(ListingFields fields) {
        TextField privacy = new TextField(fields.translate("listing.field.privacyUrl"));
        privacy.setPlaceholder("https://");
        fields.bind(privacy, "privacyUrl", e -> e.privacyUrl, (e, v) -> e.privacyUrl = v);
        add(privacy, new Span(),
                fields.plain("listing.field.supportName", "supportName", e -> e.supportName, (e, v) -> e.supportName = v),
                fields.email("listing.field.supportEmail", "supportEmail", e -> e.supportEmail,
                        (e, v) -> e.supportEmail = v),
                fields.plain("listing.field.supportPhone", "supportPhone", e -> e.supportPhone,
                        (e, v) -> e.supportPhone = v),
                new Span(),
                fields.plain("listing.field.engineeringName", "engineeringName", e -> e.engineeringName,
                        (e, v) -> e.engineeringName = v),
                fields.email("listing.field.engineeringEmail", "engineeringEmail", e -> e.engineeringEmail,
                        (e, v) -> e.engineeringEmail = v),
                fields.plain("listing.field.engineeringPhone", "engineeringPhone", e -> e.engineeringPhone,
                        (e, v) -> e.engineeringPhone = v));
    }
}
