package com.publisherportal.onboarding.ui;

import com.publisherportal.common.PortalException;
import com.publisherportal.common.ui.FormErrors;
import com.publisherportal.common.ui.Formats;
import com.publisherportal.common.ui.Notify;
import com.publisherportal.common.ui.PortalButton;
import com.publisherportal.onboarding.ApprovalPackage;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;

import java.util.Map;
import java.util.function.Consumer;

/** The developer-account fee on the registration page: waived by the approval package's promotion code, once. */
class DeveloperFeeSection extends Div {

    DeveloperFeeSection(ApprovalPackage p, boolean owner, Consumer<String> redeem) {
        setId("developer-fee");
        add(new H3(getTranslation("approval.fee.title")));
        if (p.code() == ApprovalPackage.CodeState.REDEEMED) {
            Paragraph waived = new Paragraph(getTranslation("approval.fee.waived", Formats.dateTime(p.codeRedeemedAt())));
            waived.setId("developer-fee-waived");
            add(waived);
            return;
        }
        add(new Paragraph(getTranslation("approval.fee.intro")));
        if (!owner || p.code() == ApprovalPackage.CodeState.NONE) {
            add(new Paragraph(getTranslation(owner ? "approval.code.none" : "approval.fee.owner")));
            return;
        }
        TextField code = new TextField(getTranslation("approval.fee.code"));
        code.setId("promotion-code-input");
        code.setMaxLength(40);
        Button apply = new PortalButton(getTranslation("approval.fee.redeem"), e -> {
            try {
                redeem.accept(code.getValue());
                Notify.success("approval.fee.redeemed");
                removeAll();
                Paragraph waived = new Paragraph(getTranslation("approval.fee.waived-now"));
                waived.setId("developer-fee-waived");
                add(new H3(getTranslation("approval.fee.title")), waived);
            } catch (PortalException ex) {
                FormErrors.show(this, ex, Map.of("code", code));
            }
        });
        apply.setId("promotion-code-redeem");
        HorizontalLayout row = new HorizontalLayout(code, apply);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        add(row);
    }
}
