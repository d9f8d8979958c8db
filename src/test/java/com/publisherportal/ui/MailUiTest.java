package com.publisherportal.ui;

import com.publisherportal.account.EmailPreferenceService;
import com.publisherportal.account.EmailPreferences;
import com.publisherportal.account.EmailTopic;
import com.publisherportal.mail.MailKind;
import com.publisherportal.mail.MailOutbox;
import com.publisherportal.mail.OutboxMail;
import com.publisherportal.mail.OutboxSender;
import com.publisherportal.mail.OutboxState;
import com.publisherportal.mail.ui.OutboxView;
import com.publisherportal.testsupport.PortalSpringTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.EnumSet;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Without SMTP settings e-mails stay queued and administrators read them on the Outbox page (text
 * as text), which nobody else may open; each user chooses their e-mails in their profile.
 */
@PortalSpringTest
@ActiveProfiles("test")
class MailUiTest extends KaribuTest {

    @Autowired MailOutbox outbox;
    @Autowired EmailPreferenceService preferences;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;

    @Test
    @SuppressWarnings("unchecked")
    void administratorsReadQueuedEmailsAsText() {
        long fiona = jdbc.sql("SELECT id FROM app_user WHERE email = 'owner@fabrikam.example'").query(Long.class).single();
        String planted = "<img src=x onerror=alert(1)> Widgets";
        transactions.executeWithoutResult(s ->
                outbox.toUser(fiona, MailKind.NOMINATION_APPROVED, "onboarding", planted, ""));

        login("admin@portal.example");
        navigate("admin/outbox");
        Grid<OutboxMail> grid = _get(Grid.class, spec -> spec.withId("outbox-grid"));
        assertThat(_size(grid)).isPositive();
        OutboxMail newest = _get(grid, 0);
        assertThat(newest.subject()).isEqualTo("Votre nomination de " + planted + " est approuvée");
        assertThat(newest.state()).as("no SMTP settings: nothing is sent").isEqualTo(OutboxState.QUEUED);
        assertThat(context.getBeanProvider(OutboxSender.class).getIfAvailable()).as("no sender without spring.mail.host")
                .isNull();

        _clickItem(grid, 0);
        Pre body = _get(Pre.class, spec -> spec.withId("outbox-body"));
        assertThat(body.getText()).contains(planted).contains("http://localhost:8080/onboarding");
        assertThat(body.getElement().getChildren()).as("text nodes only, no markup").isNotEmpty()
                .allMatch(com.vaadin.flow.dom.Element::isTextNode);
        assertThat(body.getElement().getProperty("innerHTML")).isNull();
    }

    @Test
    void nobodyButAdministratorsOpensTheOutbox() {
        login("owner@contoso.example");
        assertNotFound(() -> navigate("admin/outbox"));
        login("reviewer@portal.example");
        assertNotFound(() -> navigate("admin/outbox"));
        login("admin@portal.example");
        navigate("admin/outbox");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(OutboxView.class);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aUserChoosesTheirEmailsInTheirProfile() {
        login("manager@contoso.example");
        navigate("profile");
        CheckboxGroup<EmailTopic> topics = _get(CheckboxGroup.class, spec -> spec.withId("email-topics"));
        assertThat(topics.getValue()).doesNotContain(EmailTopic.NEW_LEADS).contains(EmailTopic.DECISIONS);
        Set<EmailTopic> chosen = EnumSet.of(EmailTopic.NEW_LEADS, EmailTopic.CERTIFICATION_RESULTS);
        userSets(topics, chosen);
        userSets((RadioButtonGroup<String>) _get(RadioButtonGroup.class, spec -> spec.withId("email-language")), "fr");
        _click(_get(Button.class, spec -> spec.withId("save-email-preferences")));

        EmailPreferences saved = preferences.mine();
        assertThat(saved.topics()).containsExactlyInAnyOrderElementsOf(chosen);
        assertThat(saved.language()).isEqualTo("fr");
        navigate("profile");
        assertThat(((CheckboxGroup<EmailTopic>) _get(CheckboxGroup.class, spec -> spec.withId("email-topics"))).getValue())
                .containsExactlyInAnyOrderElementsOf(chosen);
        // Put the demo user back as it was (defaults, in French) for the other tests sharing this database.
        jdbc.sql("DELETE FROM email_preference WHERE user_id = (SELECT id FROM app_user WHERE email = 'manager@contoso.example')")
                .update();
        assertThat(preferences.mine().language()).isEqualTo("fr");
    }
}
