package com.publisherportal.account.ui;

import com.publisherportal.account.AppUser;
import com.publisherportal.account.EmailPreferenceService;
import com.publisherportal.account.ProfileService;
import com.publisherportal.common.ui.TitledView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

import java.util.List;
import java.util.Locale;

/** The signed-in user's own settings: language, password and e-mails. */
@Route("profile")
@PermitAll
public class ProfileView extends VerticalLayout implements TitledView {

    public ProfileView(ProfileService profiles, EmailPreferenceService emailPreferences) {
        addClassName("portal-page");
        AppUser me = profiles.me();
        add(new Paragraph(getTranslation("profile.signed-in-as", me.displayName(), me.email())));

        add(new H3(getTranslation("profile.language")));
        RadioButtonGroup<String> language = new RadioButtonGroup<>();
        language.setId("language");
        language.setItems(List.of("en", "fr"));
        language.setItemLabelGenerator(code -> getTranslation("language." + code));
        language.setValue(me.preferredLanguage());
        language.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                profiles.changeLanguage(e.getValue());
                UI.getCurrent().getSession().setLocale(Locale.forLanguageTag(e.getValue()));
                UI.getCurrent().getPage().reload();
            }
        });
        add(language);

        add(new H3(getTranslation("profile.password")));
        add(new PasswordForm(profiles, () -> { }));

        add(new H3(getTranslation("email-preferences.title")));
        add(new EmailPreferencesForm(emailPreferences));
    }

    @Override
    public String titleKey() {
        return "profile.title";
    }
}
