package com.publisherportal.onboarding.ui;

import com.publisherportal.account.StaffMember;
import com.publisherportal.common.PortalException;
import com.publisherportal.common.ui.Formats;
import com.publisherportal.common.ui.Notify;
import com.publisherportal.common.ui.PortalButton;
import com.publisherportal.onboarding.ApprovalPackage;
import com.publisherportal.onboarding.ApprovalPackageService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

import java.util.Optional;

/**
 * Staff, on a nomination: the account's approval package as it stands (never the code itself) and
 * its onboarding contact, which any staff member may assign.
 */
class OnboardingContactPanel extends Div {

    private final long accountId;
    private final ApprovalPackageService approvalPackages;

    OnboardingContactPanel(long accountId, ApprovalPackageService approvalPackages) {
        this.accountId = accountId;
        this.approvalPackages = approvalPackages;
        setId("onboarding-contact-panel");
        render();
    }

    private void render() {
        removeAll();
        add(new H3(getTranslation("approval.staff.title")));
        Optional<ApprovalPackage> p = approvalPackages.approvalPackage(accountId);
        Paragraph code = new Paragraph(p.map(a -> switch (a.code()) {
            case WAITING_TO_BE_SHOWN -> getTranslation("approval.staff.code.issued");
            case SHOWN -> getTranslation("approval.code.shown", Formats.dateTime(a.codeShownAt()));
            case REDEEMED -> getTranslation("approval.code.redeemed", Formats.dateTime(a.codeRedeemedAt()));
            case NONE -> getTranslation("approval.code.none");
        }).orElseGet(() -> getTranslation("approval.staff.not-approved")));
        code.setId("approval-staff-code");
        add(code);
        Optional<com.publisherportal.onboarding.OnboardingContact> contact = p.flatMap(ApprovalPackage::contact);
        Paragraph current = new Paragraph(contact.map(c -> getTranslation("approval.contact", c.name(), c.email()))
                .orElseGet(() -> getTranslation("approval.contact.none")));
        current.setId("approval-staff-contact");
        ComboBox<StaffMember> staff = new ComboBox<>(getTranslation("approval.staff.contact"));
        staff.setItems(approvalPackages.contactCandidates());
        staff.setItemLabelGenerator(m -> m.displayName() + " · " + m.email());
        staff.setId("onboarding-contact");
        Button assign = new PortalButton(getTranslation("approval.staff.assign"), e -> {
            if (staff.getValue() == null) {
                staff.setInvalid(true);
                staff.setErrorMessage(getTranslation("common.required"));
                return;
            }
            try {
                approvalPackages.assignContact(accountId, staff.getValue().userId());
                Notify.success("approval.staff.assigned");
            } catch (PortalException ex) {
                Notify.error(getTranslation(ex.messageKey(), ex.arguments()));
            }
            render();
        });
        assign.setId("onboarding-contact-assign");
        HorizontalLayout row = new HorizontalLayout(staff, assign);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        add(current, row);
    }
}
