package com.publisherportal.onboarding;

import com.publisherportal.account.AccountService;
import com.publisherportal.account.PublisherAccount;
import com.publisherportal.account.PublisherAccountRepository;
import com.publisherportal.account.SignUpService;
import com.publisherportal.common.ConflictException;
import com.publisherportal.common.NotFoundException;
import com.publisherportal.common.ValidationException;
import com.publisherportal.notification.NotificationService;
import com.publisherportal.security.AccountRole;
import com.publisherportal.testsupport.PortalSpringTest;
import com.publisherportal.testsupport.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import static com.publisherportal.onboarding.OnboardingPlan.Stage.CERTIFICATION;
import static com.publisherportal.onboarding.OnboardingPlan.Stage.LIVE;
import static com.publisherportal.onboarding.OnboardingPlan.Stage.NOMINATION;
import static com.publisherportal.onboarding.OnboardingPlan.Stage.OFFER_BUILD;
import static com.publisherportal.onboarding.OnboardingPlan.Stage.REGISTRATION;
import static com.publisherportal.onboarding.OnboardingPlan.Stage.SUBMISSION;
import static com.publisherportal.onboarding.OnboardingPlan.State.CURRENT;
import static com.publisherportal.onboarding.OnboardingPlan.State.DONE;
import static com.publisherportal.onboarding.OnboardingPlan.State.UPCOMING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The nomination's approval package (promotion code, pre-approval, contact) and the planning guide's stages. */
@PortalSpringTest
@ActiveProfiles("test")
class ApprovalPackageTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired ApprovalPackageService packages;
    @Autowired OnboardingPlanService plans;
    @Autowired NominationService nominations;
    @Autowired RegistrationService registrations;
    @Autowired ReviewService reviews;
    @Autowired SignUpService signUps;
    @Autowired AccountService accountService;
    @Autowired PublisherAccountRepository accounts;
    @Autowired NotificationService notifications;
    @Autowired SignIn signIn;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    record Applicant(PublisherAccount account, String ownerEmail) {
    }

    Applicant signUp() {
        String email = "pkg-" + System.nanoTime() % 1_000_000 + "-" + SEQUENCE.incrementAndGet() + "@package.example";
        PublisherAccount account = signUps.signUp(new SignUpService.SignUp("Package Co", "Package",
                "pkg-" + System.nanoTime() % 1_000_000 + SEQUENCE.get(), "FR", "Paula Owner", email,
                "a-strong-passphrase-42", "en")).orElseThrow();
        signIn.as(email);
        return new Applicant(account, email);
    }

    Nomination nominate(Applicant applicant, String product) {
        signIn.as(applicant.ownerEmail());
        return nominations.submit(applicant.account().id(), new NominationService.NominationForm(product,
                OfferType.VIRTUAL_MACHINE, "A hardened image", PlatformRelation.RUNS_ON, "Virtual Machines", "Shops",
                "https://package.example"));
    }

    void approve(Nomination nomination) {
        signIn.as("reviewer@portal.example");
        reviews.decideNomination(nomination.id(), true, null, reviews.claimNomination(nomination.id()).version());
    }

    @Test
    void thePromotionCodeIsShownOnceAndRedeemedOnce() {
        Applicant applicant = signUp();
        long account = applicant.account().id();
        assertThat(packages.approvalPackage(account)).isEmpty();
        approve(nominate(applicant, "Package VM"));

        // The e-mail to the owner carries the code; the database keeps its hash and the one showing.
        String mailed = jdbc.sql("SELECT body_text FROM mail_outbox WHERE kind = 'APPROVAL_PACKAGE' AND recipient_address = :to")
                .param("to", applicant.ownerEmail()).query(String.class).single();
        String code = mailed.replaceAll("(?s).*(PP(-[A-Z2-9]{5}){4}).*", "$1");
        assertThat(code).matches("PP(-[A-Z2-9]{5}){4}");
        assertThat(jdbc.sql("SELECT code_hash FROM promotion_code WHERE account_id = :a").param("a", account)
                .query(String.class).single()).isEqualTo(ApprovalPackageService.hash(code)).doesNotContain(code);

        signIn.as(applicant.ownerEmail());
        assertThat(notifications.mine(10)).extracting(n -> n.messageKey()).contains("notification.approval-package");
        assertThat(packages.approvalPackage(account).orElseThrow().code()).isEqualTo(ApprovalPackage.CodeState.WAITING_TO_BE_SHOWN);
        assertThat(packages.showCodeOnce(account)).contains(code);
        assertThat(packages.showCodeOnce(account)).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM promotion_code WHERE code_to_show IS NOT NULL AND account_id = :a")
                .param("a", account).query(Integer.class).single()).isZero();
        ApprovalPackage shown = packages.approvalPackage(account).orElseThrow();
        assertThat(shown.code()).isEqualTo(ApprovalPackage.CodeState.SHOWN);
        assertThat(shown.codeShownAt()).isNotNull();
        assertThat(shown.preApprovedType()).isEqualTo(OfferType.VIRTUAL_MACHINE);
        assertThat(shown.productName()).isEqualTo("Package VM");

        ValidationException wrong = catchThrowableOfType(ValidationException.class, () -> packages.redeem(account, "PP-AAAAA-AAAAA-AAAAA-AAAAA"));
        assertThat(wrong.messageKey()).isEqualTo("approval.code.unknown");
        // Typed as people type it: lower case, spaces instead of dashes.
        packages.redeem(account, code.toLowerCase(Locale.ROOT).replace('-', ' '));
        assertThat(packages.approvalPackage(account).orElseThrow().code()).isEqualTo(ApprovalPackage.CodeState.REDEEMED);
        ConflictException twice = catchThrowableOfType(ConflictException.class, () -> packages.redeem(account, code));
        assertThat(twice.messageKey()).isEqualTo("approval.code.already-redeemed");

        // A later nomination of the same account needs no new code.
        approve(nominate(applicant, "Package VM 2"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM promotion_code WHERE account_id = :a").param("a", account)
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void onlyTheOwnerSeesTheCodeAndOtherAccountsSeeNothing() {
        Applicant applicant = signUp();
        long account = applicant.account().id();
        String managerEmail = "mgr-" + System.nanoTime() % 1_000_000 + "@package.example";
        accountService.addUser(account, managerEmail, "Max Manager", AccountRole.MANAGER);
        approve(nominate(applicant, "Guarded VM"));

        signIn.as(managerEmail);
        assertThat(packages.approvalPackage(account)).isPresent();
        assertThatThrownBy(() -> packages.showCodeOnce(account)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> packages.redeem(account, "PP-AAAAA-AAAAA-AAAAA-AAAAA")).isInstanceOf(AccessDeniedException.class);

        signIn.as("owner@fabrikam.example");
        long fabrikam = accounts.findByPublisherId("fabrikam").orElseThrow().id();
        assertThatThrownBy(() -> packages.approvalPackage(account)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> packages.showCodeOnce(account)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> plans.plan(account)).isInstanceOf(NotFoundException.class);

        // The code is still there for the owner: nobody else's attempt used up its one showing.
        signIn.as(applicant.ownerEmail());
        String code = packages.showCodeOnce(account).orElseThrow();
        // Another account cannot redeem it: it is as unknown to them as a made-up one.
        signIn.as("owner@fabrikam.example");
        ValidationException foreign = catchThrowableOfType(ValidationException.class, () -> packages.redeem(fabrikam, code));
        assertThat(foreign.messageKey()).isEqualTo("approval.code.unknown");
        signIn.as(applicant.ownerEmail());
        packages.redeem(account, code);
    }

    @Test
    void staffAssignTheOnboardingContactThePublisherSeesIt() {
        Applicant applicant = signUp();
        long account = applicant.account().id();
        approve(nominate(applicant, "Contact VM"));

        signIn.as(applicant.ownerEmail());
        assertThatThrownBy(() -> packages.assignContact(account, 1L)).isInstanceOf(AccessDeniedException.class);
        assertThat(packages.approvalPackage(account).orElseThrow().contact()).isEmpty();
        long ownerId = signIn.as(applicant.ownerEmail()).userId();

        var reviewer = signIn.as("reviewer@portal.example");
        ValidationException notStaff = catchThrowableOfType(ValidationException.class, () -> packages.assignContact(account, ownerId));
        assertThat(notStaff.messageKey()).isEqualTo("approval.contact.unknown");
        packages.assignContact(account, reviewer.userId());

        signIn.as(applicant.ownerEmail());
        OnboardingContact contact = packages.approvalPackage(account).orElseThrow().contact().orElseThrow();
        assertThat(contact.staffId()).isEqualTo(reviewer.userId());
        assertThat(contact.email()).isEqualTo("reviewer@portal.example");
        assertThat(notifications.mine(10)).extracting(n -> n.messageKey()).contains("notification.onboarding-contact");
        signIn.as("owner@fabrikam.example");
        assertThatThrownBy(() -> packages.approvalPackage(account)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void thePlanShowsWhereEachAccountStands() {
        Applicant applicant = signUp();
        long account = applicant.account().id();
        OnboardingPlan fresh = plans.plan(account);
        assertThat(fresh.current()).containsExactly(NOMINATION);
        assertThat(fresh.step(NOMINATION).dueAt()).isNull();
        assertThat(fresh.step(REGISTRATION).state()).isEqualTo(UPCOMING);

        Nomination nomination = nominate(applicant, "Plan VM");
        assertThat(plans.plan(account).step(NOMINATION).dueAt())
                .isCloseTo(nomination.dueAt(), org.assertj.core.api.Assertions.within(1, java.time.temporal.ChronoUnit.SECONDS));

        approve(nomination);
        signIn.as(applicant.ownerEmail());
        OnboardingPlan approved = plans.plan(account);
        assertThat(approved.step(NOMINATION).state()).isEqualTo(DONE);
        // Registration and building the offer run in parallel.
        assertThat(approved.current()).containsExactly(REGISTRATION, OFFER_BUILD);
        assertThat(approved.step(SUBMISSION).state()).isEqualTo(UPCOMING);

        SellerRegistration registration = registrations.submit(account, new RegistrationService.RegistrationForm(
                "Package SAS", "1 rue de la Paix", "Paris", "75002", "FR", "FR123",
                "FR76 3000 6000 0112 3456 7890 189", "support@package.example", null, true, true, true, true));
        assertThat(plans.plan(account).step(REGISTRATION).dueAt())
                .isCloseTo(registration.dueAt(), org.assertj.core.api.Assertions.within(1, java.time.temporal.ChronoUnit.SECONDS));

        // Litware: registration under review. Contoso: live offers, the whole path done.
        signIn.as("owner@litware.example");
        OnboardingPlan litware = plans.plan(accounts.findByPublisherId("litware").orElseThrow().id());
        assertThat(litware.current()).containsExactly(REGISTRATION, OFFER_BUILD);
        assertThat(litware.step(REGISTRATION).dueAt()).isNotNull();
        signIn.as("marketer@contoso.example");
        OnboardingPlan contoso = plans.plan(accounts.findByPublisherId("contoso").orElseThrow().id());
        assertThat(contoso.steps()).allMatch(s -> s.state() == DONE);
        assertThat(contoso.step(LIVE).state()).isEqualTo(DONE);
        assertThat(contoso.step(CERTIFICATION).state()).isEqualTo(DONE);
        assertThat(contoso.current()).isEmpty();
        signIn.as("reviewer@portal.example");
        assertThat(plans.plan(account).current()).containsExactly(REGISTRATION, OFFER_BUILD);
    }

    @Test
    void theCodeIsNeverInTheNotification() {
        Applicant applicant = signUp();
        approve(nominate(applicant, "Quiet VM"));
        assertThat(jdbc.sql("SELECT arguments FROM notification WHERE message_key = 'notification.approval-package'")
                .query(String.class).list()).noneMatch(a -> a != null && a.matches("(?s).*PP-[A-Z2-9]{5}.*"));
        List<String> audit = jdbc.sql("SELECT COALESCE(details, '') FROM audit_log WHERE action LIKE 'PROMOTION_CODE%'")
                .query(String.class).list();
        assertThat(audit).noneMatch(d -> d.matches("(?s).*PP-[A-Z2-9]{5}.*"));
    }
}
