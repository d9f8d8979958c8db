package com.publisherportal.onboarding.ui;

import com.publisherportal.account.Countries;
import com.publisherportal.common.PortalException;
import com.publisherportal.common.ui.FormErrors;
import com.publisherportal.common.ui.Formats;
import com.publisherportal.common.ui.Notify;
import com.publisherportal.common.ui.PortalButton;
import com.publisherportal.common.ui.TitledView;
import com.publisherportal.onboarding.AgreementKind;
import com.publisherportal.onboarding.AgreementService;
import com.publisherportal.onboarding.AgreementStanding;
import com.publisherportal.onboarding.ApprovalPackageService;
import com.publisherportal.onboarding.Iban;
import com.publisherportal.security.AccountRole;
import com.vaadin.flow.component.html.Anchor;
import com.publisherportal.onboarding.RegistrationService;
import com.publisherportal.onboarding.ReviewStatus;
import com.publisherportal.onboarding.SellerRegistration;
import com.publisherportal.security.CurrentUser;
import com.publisherportal.security.Roles;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.util.Map;
import java.util.List;
import java.util.Optional;

/** Seller registration: company, tax and payout details, and the policies to accept. */
@Route("onboarding/registration")
@RolesAllowed({Roles.OWNER, Roles.MANAGER})
public class RegistrationView extends VerticalLayout implements TitledView {

    public RegistrationView(CurrentUser currentUser, RegistrationService registrations, List<ReviewItemPanel> panels,
                            AgreementService agreements, ApprovalPackageService approvalPackages) {
        addClassName("portal-page");
        long accountId = currentUser.require().accountId();
        boolean owner = currentUser.require().accountRole() == AccountRole.OWNER;
        approvalPackages.approvalPackage(accountId).ifPresent(p -> add(new DeveloperFeeSection(p, owner,
                code -> approvalPackages.redeem(accountId, code))));
        Optional<SellerRegistration> latest = registrations.latest(accountId);
        if (latest.isPresent() && latest.get().status() != ReviewStatus.REJECTED) {
            SellerRegistration r = latest.get();
            add(new Paragraph(getTranslation(r.status() == ReviewStatus.APPROVED ? "registration.approved"
                    : "registration.pending", Formats.weekdayDate(r.dueAt()))));
            FormLayout summary = new FormLayout();
            summary.addFormItem(new Paragraph(r.legalName()), getTranslation("registration.legal-name"));
            summary.addFormItem(new Paragraph(r.addressLine() + ", " + r.postalCode() + " " + r.city() + ", "
                    + Countries.name(r.country(), getLocale())), getTranslation("registration.address"));
            summary.addFormItem(new Paragraph(r.taxId()), getTranslation("registration.tax-id"));
            summary.addFormItem(new Paragraph(maskedIban(r.iban())), getTranslation("registration.iban"));
            summary.addFormItem(new Paragraph(r.supportEmail()), getTranslation("registration.support-email"));
            summary.addFormItem(new Paragraph(Formats.dateTime(r.policiesAcceptedAt())), getTranslation("registration.accepted-on"));
            add(summary);
            panels.forEach(panel -> add(panel.panel(com.publisherportal.onboarding.QueueKind.REGISTRATION, r.id())));
            return;
        }
        latest.ifPresent(r -> {
            Paragraph rejected = new Paragraph(getTranslation("registration.rejected", r.decisionReason()));
            rejected.addClassName("portal-report");
            add(rejected);
            panels.forEach(panel -> add(panel.panel(com.publisherportal.onboarding.QueueKind.REGISTRATION, r.id())));
        });
        add(new Paragraph(getTranslation("registration.intro")));
        TextField legalName = field("registration.legal-name", "legalName", 200);
        TextField address = field("registration.address-line", "addressLine", 200);
        TextField city = field("registration.city", "city", 100);
        TextField postalCode = field("registration.postal-code", "postalCode", 20);
        ComboBox<String> country = new ComboBox<>(getTranslation("registration.country"));
        country.setItems(registrations.supportedCountries());
        country.setItemLabelGenerator(c -> Countries.name(c, getLocale()));
        country.setHelperText(getTranslation("registration.country.help"));
        country.setId("registration-country");
        TextField taxId = field("registration.tax-id", "taxId", 50);
        TextField iban = field("registration.iban", "iban", 42);
        iban.setHelperText(getTranslation("registration.iban.help"));
        EmailField supportEmail = new EmailField(getTranslation("registration.support-email"));
        supportEmail.setId("registration-supportEmail");
        TextField supportPhone = field("registration.support-phone", "supportPhone", 40);
        // Each tick-box is the owner's acceptance of the agreement's current version, read on the agreements page.
        Map<AgreementKind, AgreementStanding> standing = new java.util.EnumMap<>(AgreementKind.class);
        agreements.standing(accountId).forEach(a -> standing.put(a.kind(), a));
        Checkbox policies = checkbox(standing.get(AgreementKind.PARTICIPATION_POLICIES), owner, "policiesAccepted");
        Checkbox terms = checkbox(standing.get(AgreementKind.TERMS_OF_USE), owner, "termsAccepted");
        Checkbox privacy = checkbox(standing.get(AgreementKind.PRIVACY_STATEMENT), owner, "privacyAccepted");
        Checkbox certification = checkbox(standing.get(AgreementKind.CERTIFIED_PROGRAM), owner, "certificationAccepted");
        Map<String, HasValidation> fields = Map.ofEntries(Map.entry("legalName", legalName), Map.entry("addressLine", address),
                Map.entry("city", city), Map.entry("postalCode", postalCode), Map.entry("country", country),
                Map.entry("taxId", taxId), Map.entry("iban", iban), Map.entry("supportEmail", supportEmail),
                Map.entry("supportPhone", supportPhone), Map.entry("policiesAccepted", policies),
                Map.entry("termsAccepted", terms), Map.entry("privacyAccepted", privacy),
                Map.entry("certificationAccepted", certification));
        Button submit = new PortalButton(getTranslation("registration.submit"), e -> {
            try {
                registrations.submit(accountId, new RegistrationService.RegistrationForm(legalName.getValue(),
                        address.getValue(), city.getValue(), postalCode.getValue(), country.getValue(), taxId.getValue(),
                        iban.getValue(), supportEmail.getValue(), supportPhone.getValue(), policies.getValue(),
                        terms.getValue(), privacy.getValue(), certification.getValue()));
                Notify.success("registration.submitted");
                UI.getCurrent().navigate(OnboardingView.class);
            } catch (PortalException ex) {
                FormErrors.show(this, ex, fields);
            }
        });
        submit.setId("registration-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H3(getTranslation("registration.company")),
                new FormLayout(legalName, address, city, postalCode, country, taxId),
                new H3(getTranslation("registration.payout")), new FormLayout(iban, supportEmail, supportPhone),
                new H3(getTranslation("registration.policies")),
                new Anchor("onboarding/agreements", getTranslation("agreements.registration.read")), policies, terms, privacy, certification, submit);
    }

    private TextField field(String labelKey, String id, int max) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setMaxLength(max);
        field.setId("registration-" + id);
        return field;
    }

    private Checkbox checkbox(AgreementStanding agreement, boolean owner, String id) {
        Checkbox box = new Checkbox(getTranslation("agreements.registration.accept",
                agreement.current().title(getLocale()), agreement.current().number()));
        box.setId("registration-" + id);
        if (agreement.accepted()) {
            var a = agreement.latestAcceptance().orElseThrow();
            box.setValue(true);
            box.setEnabled(false);
            box.setHelperText(getTranslation("agreements.accepted-by", a.acceptedByName(), Formats.dateTime(a.acceptedAt())));
        } else if (!owner) {
            box.setEnabled(false);
            box.setHelperText(getTranslation("agreements.owner-must-accept"));
        }
        return box;
    }

    /** Only the country and the last four characters: the full IBAN stays with staff. */
    private static String maskedIban(String iban) {
        String formatted = new Iban(iban).formatted();
        return formatted.substring(0, 2) + "•• •••• … " + iban.substring(iban.length() - 4);
    }

    @Override
    public String titleKey() {
        return "registration.title";
    }
}
