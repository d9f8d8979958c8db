package com.publisherportal.account.ui;

import com.publisherportal.account.Countries;
import com.publisherportal.account.SignUpService;
import com.publisherportal.common.PortalException;
import com.publisherportal.common.ui.FormErrors;
import com.publisherportal.common.ui.Notify;
import com.publisherportal.common.ui.PortalButton;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import java.util.Map;

/** Self-service sign-up: a new publisher company and its first owner. */
@Route(value = "signup", autoLayout = false)
@PageTitle("Publisher Portal")
@AnonymousAllowed
public class SignUpView extends VerticalLayout {

    public SignUpView(SignUpService signUps) {
        addClassName("portal-login");
        setAlignItems(Alignment.CENTER);

        TextField legalName = new TextField(getTranslation("signup.legal-name"));
        legalName.setMaxLength(200);
        TextField displayName = new TextField(getTranslation("signup.display-name"));
        displayName.setMaxLength(100);
        TextField publisherId = new TextField(getTranslation("signup.publisher-id"));
        publisherId.setHelperText(getTranslation("signup.publisher-id.help"));
        publisherId.setMaxLength(50);
        ComboBox<String> country = new ComboBox<>(getTranslation("signup.country"));
        country.setItems(Countries.codesSortedByName(getLocale()));
        country.setItemLabelGenerator(code -> Countries.name(code, getLocale()));
        TextField ownerName = new TextField(getTranslation("signup.owner-name"));
        ownerName.setMaxLength(100);
        EmailField email = new EmailField(getTranslation("signup.email"));
        PasswordField password = new PasswordField(getTranslation("signup.password"));
        password.setHelperText(getTranslation("password.rule"));
        legalName.setId("legal-name");
        displayName.setId("display-name");
        publisherId.setId("publisher-id");
        country.setId("country");
        ownerName.setId("owner-name");
        email.setId("email");
        password.setId("password");

        Map<String, HasValidation> fields = Map.of("legalName", legalName, "displayName", displayName,
                "publisherId", publisherId, "country", country, "ownerName", ownerName, "email", email,
                "password", password);

        Button create = new PortalButton(getTranslation("signup.submit"), e -> {
            try {
                // The same answer whether the e-mail was new or already had an account (then its user is told).
                signUps.signUp(new SignUpService.SignUp(legalName.getValue(), displayName.getValue(),
                        publisherId.getValue(), country.getValue(), ownerName.getValue(), email.getValue(),
                        password.getValue(), getLocale().getLanguage()), clientAddress());
                Notify.success("signup.done");
                UI.getCurrent().navigate("login");
            } catch (PortalException ex) {
                FormErrors.show(this, ex, fields);
            }
        });
        create.setId("sign-up");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        FormLayout company = new FormLayout(legalName, displayName, publisherId, country);
        FormLayout owner = new FormLayout(ownerName, email, password);
        Div card = new Div(new H1(getTranslation("signup.title")), new Paragraph(getTranslation("signup.intro")),
                new H3(getTranslation("signup.company")), company, new H3(getTranslation("signup.owner")), owner,
                create, new Anchor("login", getTranslation("signup.have-account")));
        card.addClassName("portal-login-card");
        card.addClassName("wide");
        add(card);
    }

    /** The address the form is sent from, for the per-address limit on sign-ups. */
    private static String clientAddress() {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request != null && request.getRemoteAddr() != null) {
            return request.getRemoteAddr();
        }
        VaadinSession session = VaadinSession.getCurrent();
        return session == null ? "unknown" : session.getBrowser().getAddress();
    }
}
