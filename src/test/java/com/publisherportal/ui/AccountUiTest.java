package com.publisherportal.ui;

import com.publisherportal.account.PublisherAccountRepository;
import com.publisherportal.account.ui.AccountUsersView;
import com.publisherportal.account.ui.ChangePasswordView;
import com.publisherportal.security.ui.LoginView;
import com.publisherportal.account.ui.ProfileView;
import com.publisherportal.account.ui.SignUpView;
import com.publisherportal.notification.NotificationService;
import com.vaadin.flow.internal.CurrentInstance;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import com.publisherportal.shell.DashboardView;
import com.publisherportal.testsupport.PortalSpringTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.publisherportal.security.AccountRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ActiveProfiles;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** Sign-up, user management, the forced password change and the language switch, through the views. */
@PortalSpringTest
@ActiveProfiles("test")
class AccountUiTest extends KaribuTest {

    @Autowired PublisherAccountRepository accounts;
    @Autowired NotificationService notifications;

    @SuppressWarnings("unchecked")
    private void fillSignUp(String publisherId, String email, String password) {
        userSets(_get(TextField.class, spec -> spec.withId("legal-name")), "Northwind Traders SARL");
        userSets(_get(TextField.class, spec -> spec.withId("display-name")), "Northwind");
        userSets(_get(TextField.class, spec -> spec.withId("publisher-id")), publisherId);
        userSets((ComboBox<String>) _get(ComboBox.class, spec -> spec.withId("country")), "FR");
        userSets(_get(TextField.class, spec -> spec.withId("owner-name")), "Nina North");
        userSets(_get(EmailField.class, spec -> spec.withId("email")), email);
        userSets(_get(PasswordField.class, spec -> spec.withId("password")), password);
        _click(_get(Button.class, spec -> spec.withId("sign-up")));
    }

    @Test
    void signUpThroughTheFormCreatesTheAccountAndReturnsToSignIn() {
        navigate("signup");
        fillSignUp("northwind", "nina@northwind.example", "northwind passphrase");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(LoginView.class);
        assertThat(accounts.findByPublisherId("northwind")).isPresent();
    }

    @Test
    void signUpAnswersAnExistingEmailExactlyLikeAFreshOneAndTellsItsOwner() {
        String done = UI.getCurrent().getTranslation("signup.done");
        navigate("signup");
        fillSignUp("fresh-" + System.nanoTime() % 1_000_000, "fresh-" + System.nanoTime() + "@northwind.example",
                "northwind passphrase");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(LoginView.class);
        expectNotifications(done);

        long before = accounts.count();
        String publisherId = "copy-" + System.nanoTime() % 1_000_000;
        navigate("signup");
        fillSignUp(publisherId, "developer@fabrikam.example", "northwind passphrase");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(LoginView.class);
        expectNotifications(done);
        assertThat(accounts.count()).isEqualTo(before);
        assertThat(accounts.findByPublisherId(publisherId)).isEmpty();

        login("developer@fabrikam.example");
        assertThat(notifications.mine(10)).anySatisfy(n ->
                assertThat(n.messageKey()).isEqualTo("notification.sign-up-existing-email"));
    }

    @Test
    void signUpsAreThrottledPerClientAddressWithAClearMessage() {
        String address = "203.0.113." + (System.nanoTime() % 200 + 1);
        for (int i = 0; i < 5; i++) {
            navigate("signup");
            fromAddress(address);
            fillSignUp("burst-" + i + "-" + System.nanoTime() % 1_000_000, "burst-" + i + "-" + System.nanoTime()
                    + "@northwind.example", "northwind passphrase");
            assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(LoginView.class);
            expectNotifications(UI.getCurrent().getTranslation("signup.done"));
        }
        String publisherId = "burst-over-" + System.nanoTime() % 1_000_000;
        navigate("signup");
        fromAddress(address);
        fillSignUp(publisherId, "over-" + System.nanoTime() + "@northwind.example", "northwind passphrase");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(SignUpView.class);
        expectNotifications(UI.getCurrent().getTranslation("signup.throttled", 60));
        assertThat(accounts.findByPublisherId(publisherId)).isEmpty();
        // Another address is not slowed down.
        navigate("signup");
        fromAddress("198.51.100." + (System.nanoTime() % 200 + 1));
        fillSignUp("other-" + System.nanoTime() % 1_000_000, "other-" + System.nanoTime() + "@northwind.example",
                "northwind passphrase");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(LoginView.class);
    }

    /**
     * The request {@link #fromAddress} made current. Vaadin's {@code CurrentInstance} holds it only
     * weakly: without this reference a garbage collection between two steps made it vanish.
     */
    private VaadinRequest addressedRequest;

    /** The requests that follow come from this client address, as Vaadin's request would tell. */
    private void fromAddress(String address) {
        VaadinServletRequest current = (VaadinServletRequest) VaadinRequest.getCurrent();
        HttpServletRequestWrapper wrapped = new HttpServletRequestWrapper(current.getHttpServletRequest()) {
            @Override
            public String getRemoteAddr() {
                return address;
            }
        };
        addressedRequest = new VaadinServletRequest(wrapped, current.getService());
        CurrentInstance.set(VaadinRequest.class, addressedRequest);
    }

    @Test
    void theSignInPageTellsAThrottledClientWhyWithoutSayingAnythingAboutAnAccount() {
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(String.valueOf(form.getElement().getPropertyRaw("i18n")))
                .contains(UI.getCurrent().getTranslation("login.error.message"));
        UI.getCurrent().navigate("login", QueryParameters.of("error", "throttled"));
        form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(String.valueOf(form.getElement().getPropertyRaw("i18n")))
                .contains(UI.getCurrent().getTranslation("login.error.throttled"))
                .doesNotContain(UI.getCurrent().getTranslation("login.error.message"));
    }

    @Test
    void signUpShowsEachProblemAtItsField() {
        navigate("signup");
        fillSignUp("No Spaces!", "nina@", "short");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(SignUpView.class);
        assertThat(_get(TextField.class, spec -> spec.withId("publisher-id")).isInvalid()).isTrue();
        assertThat(_get(EmailField.class, spec -> spec.withId("email")).isInvalid()).isTrue();
        PasswordField password = _get(PasswordField.class, spec -> spec.withId("password"));
        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).contains("12");
        assertThat(_get(TextField.class, spec -> spec.withId("legal-name")).isInvalid()).isFalse();
    }

    @Test
    @SuppressWarnings("unchecked")
    void anOwnerAddsAUserWhoMustChooseAPasswordAtFirstSignIn() {
        login("owner@contoso.example");
        navigate("account/users");
        _get(AccountUsersView.class);
        _click(_get(Button.class, spec -> spec.withId("add-user")));
        userSets(_get(TextField.class, spec -> spec.withId("new-user-name")), "Nora New");
        userSets(_get(EmailField.class, spec -> spec.withId("new-user-email")), "nora@contoso.example");
        userSets((Select<AccountRole>) _get(Select.class, spec -> spec.withId("new-user-role")), AccountRole.MARKETER);
        _click(_get(Button.class, spec -> spec.withId("save-user")));
        String oneTimePassword = _get(Span.class, spec -> spec.withId("one-time-password")).getText();
        assertThat(oneTimePassword).matches("[A-Za-z0-9]{4}(-[A-Za-z0-9]{4}){3}");

        login("nora@contoso.example");
        navigate("");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(ChangePasswordView.class);
        userSets(_get(PasswordField.class, spec -> spec.withId("current-password")), oneTimePassword);
        userSets(_get(PasswordField.class, spec -> spec.withId("new-password")), "nora chose this one");
        userSets(_get(PasswordField.class, spec -> spec.withId("confirm-password")), "nora chose this one");
        _click(_get(Button.class, spec -> spec.withId("change-password")));
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(DashboardView.class);
    }

    @Test
    @SuppressWarnings("unchecked")
    void switchingToFrenchTranslatesThePortal() {
        login("finance@contoso.example");
        navigate("");
        assertThat(_get(H2.class, spec -> spec.withText("Welcome, Frank Finance")).isVisible()).isTrue();
        navigate("profile");
        _get(ProfileView.class);
        userSets((RadioButtonGroup<String>) _get(RadioButtonGroup.class, spec -> spec.withId("language")), "fr");
        // The switch reloads the page; the new UI takes the stored preference.
        login("finance@contoso.example");
        navigate("");
        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("fr");
        assertThat(_get(H2.class, spec -> spec.withText("Bienvenue, Frank Finance")).isVisible()).isTrue();
    }
}
