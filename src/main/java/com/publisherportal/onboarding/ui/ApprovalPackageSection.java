package com.publisherportal.onboarding.ui;

import com.publisherportal.common.ui.Formats;
import com.publisherportal.onboarding.ApprovalPackage;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * The nomination's approval package on the nomination page: the promotion code (its plain text
 * shown to an owner this once), the technical pre-approval, the next steps and the onboarding contact.
 */
class ApprovalPackageSection extends Div {

    ApprovalPackageSection(ApprovalPackage p, boolean owner, Supplier<Optional<String>> showCodeOnce) {
        addClassName("portal-agreement");
        setId("approval-package");
        add(new H3(getTranslation("approval.title")));

        Div code = new Div();
        code.setId("approval-code");
        Optional<String> plain = owner && p.code() == ApprovalPackage.CodeState.WAITING_TO_BE_SHOWN
                ? showCodeOnce.get() : Optional.empty();
        if (plain.isPresent()) {
            Span value = new Span(plain.get());
            value.addClassName("portal-promotion-code");
            value.setId("promotion-code");
            code.add(new Paragraph(getTranslation("approval.code.intro")), value,
                    new Paragraph(getTranslation("approval.code.once")));
        } else {
            code.add(new Paragraph(switch (p.code()) {
                case WAITING_TO_BE_SHOWN -> getTranslation("approval.code.waiting");
                case SHOWN -> getTranslation("approval.code.shown", Formats.dateTime(p.codeShownAt()));
                case REDEEMED -> getTranslation("approval.code.redeemed", Formats.dateTime(p.codeRedeemedAt()));
                case NONE -> getTranslation("approval.code.none");
            }));
        }
        add(code);

        Paragraph preApproval = new Paragraph(getTranslation("approval.pre-approval",
                getTranslation(p.preApprovedType().messageKey()), p.productName(), Formats.date(p.approvedAt())));
        preApproval.setId("approval-pre-approval");
        add(preApproval);

        add(new Span(getTranslation("approval.next-steps")));
        UnorderedList steps = new UnorderedList();
        steps.setId("approval-next-steps");
        steps.add(new ListItem(new Anchor("onboarding/registration", getTranslation("approval.next.register"))),
                new ListItem(new Anchor("offers", getTranslation("approval.next.build"))),
                new ListItem(new Anchor("onboarding/agreements", getTranslation("approval.next.agreements"))),
                new ListItem(new Anchor("onboarding/plan", getTranslation("approval.next.plan"))));
        add(steps);

        Paragraph contact = new Paragraph(p.contact().map(c -> getTranslation("approval.contact", c.name(), c.email()))
                .orElseGet(() -> getTranslation("approval.contact.none")));
        contact.setId("approval-contact");
        add(contact);
    }
}
