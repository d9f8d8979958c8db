package com.publisherportal.account.ui;

import com.publisherportal.account.ProfileService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** Where a user who signed in with a one-time password must choose their own before going on. */
@Route(value = "change-password", autoLayout = false)
@PageTitle("Publisher Portal")
@PermitAll
public class ChangePasswordView extends VerticalLayout {

    public ChangePasswordView(ProfileService profiles) {
        addClassName("portal-login");
        setAlignItems(Alignment.CENTER);
        Div card = new Div(new H1(getTranslation("password.first.title")),
                new Paragraph(getTranslation("password.first.intro")),
                new PasswordForm(profiles, () -> UI.getCurrent().navigate("")));
        card.addClassName("portal-login-card");
        add(card);
    }
}
