package com.publisherportal.account.ui;

import com.publisherportal.account.EmailPreferenceService;
import com.publisherportal.account.EmailPreferences;
import com.publisherportal.account.EmailTopic;
import com.publisherportal.common.PortalException;
import com.publisherportal.common.ui.Notify;
import com.publisherportal.common.ui.PortalButton;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;

import java.util.List;

/** The profile's e-mail choices: which e-mails the user receives, and their language. */
public class EmailPreferencesForm extends VerticalLayout {

    private final EmailPreferenceService preferences;
    private final CheckboxGroup<EmailTopic> topics = new CheckboxGroup<>();
    private final RadioButtonGroup<String> language = new RadioButtonGroup<>();
    private EmailPreferences current;

    public EmailPreferencesForm(EmailPreferenceService preferences) {
        this.preferences = preferences;
        setPadding(false);
        setId("email-preferences");
        add(new Paragraph(getTranslation("email-preferences.intro")));
        topics.setId("email-topics");
        topics.setItems(EmailTopic.values());
        topics.setItemLabelGenerator(t -> getTranslation("email-preferences.topic." + t.name()));
        topics.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        language.setId("email-language");
        language.setLabel(getTranslation("email-preferences.language"));
        language.setItems(List.of("en", "fr"));
        language.setItemLabelGenerator(code -> getTranslation("language." + code));
        Button save = new PortalButton(getTranslation("email-preferences.save"), e -> save());
        save.setId("save-email-preferences");
        add(topics, language, save);
        show(preferences.mine());
    }

    private void show(EmailPreferences choices) {
        current = choices;
        topics.setValue(choices.topics());
        language.setValue(choices.language());
    }

    private void save() {
        try {
            show(preferences.changeMine(new EmailPreferences(topics.getValue(), language.getValue(), current.version())));
            Notify.success("email-preferences.saved");
        } catch (PortalException e) {
            Notify.error(getTranslation(e.messageKey(), e.arguments()));
        }
    }
}
