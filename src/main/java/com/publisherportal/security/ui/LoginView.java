package com.publisherportal.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import java.util.List;

/**
 * Sign-in. Every refusal shows the same message, which never says whether the e-mail exists
 * or is locked out; only a refusal because the client's address failed too often lately
 * ({@code ?error=throttled}) says so, as it concerns no account.
 */
@Route(value = "login", autoLayout = false)
@PageTitle("Publisher Portal")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    private final LoginForm login = new LoginForm();
    private final LoginI18n i18n = LoginI18n.createDefault();

    public LoginView() {
        addClassName("portal-login");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.email"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getForm().setForgotPassword(getTranslation("login.forgot"));
        i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation("login.error.message"));
        login.setI18n(i18n);
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);

        Div brand = new Div(new Image("images/logo.svg", ""), new H1(getTranslation("app.name")));
        brand.addClassName("portal-login-brand");
        Paragraph tagline = new Paragraph(getTranslation("login.tagline"));
        Anchor signUp = new Anchor("signup", getTranslation("login.sign-up"));
        signUp.setId("sign-up-link");
        Div card = new Div(brand, tagline, login, signUp);
        card.addClassName("portal-login-card");
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> error = event.getLocation().getQueryParameters().getParameters().get("error");
        // "throttled" says nothing about any account: the client's address failed too often lately.
        boolean throttled = error != null && error.contains("throttled");
        i18n.getErrorMessage().setMessage(getTranslation(throttled ? "login.error.throttled" : "login.error.message"));
        login.setI18n(i18n);
        login.setError(error != null);
    }
}
