package com.publisherportal.account;

import com.publisherportal.common.ConflictException;
import com.publisherportal.common.NotFoundException;
import com.publisherportal.common.RowWindow;
import com.publisherportal.common.SortKey;
import com.publisherportal.common.ValidationException;
import com.publisherportal.audit.AuditEntry;
import com.publisherportal.audit.AuditFilter;
import com.publisherportal.audit.AuditService;
import com.publisherportal.notification.NotificationService;
import com.publisherportal.security.AccountRole;
import com.publisherportal.security.ApiKeyService;
import com.publisherportal.security.ApiScope;
import com.publisherportal.security.PortalAuthenticationProvider;
import com.publisherportal.security.PortalUser;
import com.publisherportal.testsupport.MutableClock;
import com.publisherportal.testsupport.SignIn;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Accounts, users, sign-in and tenant isolation, through the services as the views and APIs
 * call them. Runs on H2 and on PostgreSQL (see the subclasses).
 */
abstract class AccountServicesContract {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired SignIn signIn;
    @Autowired AccountService accounts;
    @Autowired SignUpService signUps;
    @Autowired ProfileService profiles;
    @Autowired StaffDirectoryService staffDirectory;
    @Autowired ApiKeyService apiKeys;
    @Autowired AuditService audit;
    @Autowired PortalAuthenticationProvider authentication;
    @Autowired PublisherAccountRepository accountRepository;
    @Autowired MutableClock clock;
    @Autowired NotificationService notifications;
    @Autowired Flyway flyway;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    long contosoId() {
        return accountRepository.findByPublisherId("contoso").orElseThrow().id();
    }

    long fabrikamId() {
        return accountRepository.findByPublisherId("fabrikam").orElseThrow().id();
    }

    static String unique(String prefix) {
        return prefix + "-" + System.nanoTime() % 1_000_000 + "-" + SEQUENCE.incrementAndGet();
    }

    /** A fresh publisher with its owner signed in, so tests do not disturb each other or the demo data. */
    PublisherAccount freshPublisher(String ownerEmail) {
        PublisherAccount account = signUps.signUp(new SignUpService.SignUp("Test Co " + ownerEmail, "Test Co",
                unique("pub"), "DE", "Olga Owner", ownerEmail, "a-strong-passphrase-42", "en")).orElseThrow();
        signIn.as(ownerEmail);
        return account;
    }

    Authentication attempt(String email, String password) {
        return authentication.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, password));
    }

    @Test
    void migrationsApplyCleanlyOnAnEmptyDatabase() {
        var applied = flyway.info().applied();
        assertThat(applied).isNotEmpty();
        assertThat(applied).allSatisfy(m -> assertThat(m.getState().isFailed()).isFalse());
        assertThat(flyway.info().pending()).isEmpty();
    }

    @Test
    void contosoUserCannotReadFabrikamsAccountUsersAuditOrKeys() {
        signIn.as("owner@contoso.example");
        long fabrikam = fabrikamId();
        assertThatThrownBy(() -> accounts.account(fabrikam)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> accounts.members(fabrikam)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> audit.findForAccount(fabrikam, AuditFilter.none(), RowWindow.of(0, 10)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> audit.countForAccount(fabrikam, AuditFilter.none())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> apiKeys.list(fabrikam)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> apiKeys.create(fabrikam, "steal", Set.of(ApiScope.LEADS_READ)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> accounts.addUser(fabrikam, unique("x") + "@evil.example", "X", AccountRole.OWNER))
                .isInstanceOf(NotFoundException.class);
        // Their own account works.
        assertThat(accounts.account(contosoId()).publisherId()).isEqualTo("contoso");
        assertThat(accounts.members(contosoId())).extracting(Member::email).contains("owner@contoso.example")
                .doesNotContain("owner@fabrikam.example");
    }

    @Test
    void accountAuditOnlyShowsTheAccountsOwnEntriesWhateverTheFilterSays() {
        signIn.as("owner@contoso.example");
        List<AuditEntry> entries = audit.findForAccount(contosoId(), AuditFilter.none().withAccountId(fabrikamId()),
                RowWindow.of(0, 100));
        assertThat(entries).allSatisfy(e -> assertThat(e.accountId()).isEqualTo(contosoId()));
    }

    @Test
    void rolesBelowManagerCannotManageUsersOrKeys() {
        signIn.as("developer@contoso.example");
        long contoso = contosoId();
        assertThatThrownBy(() -> accounts.addUser(contoso, unique("d") + "@contoso.example", "New", AccountRole.DEVELOPER))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> apiKeys.list(contoso)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> audit.findForAccount(contoso, AuditFilter.none(), RowWindow.of(0, 5)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void publisherCannotCallStaffOrAdminOperations() {
        signIn.as("owner@contoso.example");
        assertThatThrownBy(() -> accounts.listAccounts(null, List.of(), RowWindow.of(0, 10))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> audit.findAll(AuditFilter.none(), RowWindow.of(0, 10))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> staffDirectory.list()).isInstanceOf(AccessDeniedException.class);
        signIn.as("reviewer@portal.example");
        assertThat(accounts.listAccounts(null, List.of(), RowWindow.of(0, 10))).extracting(AccountSummary::publisherId)
                .contains("contoso", "fabrikam");
        assertThatThrownBy(() -> staffDirectory.list()).isInstanceOf(AccessDeniedException.class);
        signIn.as("admin@portal.example");
        assertThat(staffDirectory.list()).extracting(StaffMember::email).contains("reviewer@portal.example");
    }

    @Test
    void signUpCreatesTheAccountAndItsFirstOwner() {
        String email = unique("founder") + "@newco.example";
        PublisherAccount account = freshPublisher(email);
        assertThat(account.status()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(accounts.members(account.id())).singleElement().satisfies(m -> {
            assertThat(m.email()).isEqualTo(email);
            assertThat(m.role()).isEqualTo(AccountRole.OWNER);
        });
        assertThat(audit.findForAccount(account.id(), AuditFilter.none(), RowWindow.of(0, 10)))
                .extracting(AuditEntry::action).contains("ACCOUNT_SIGNED_UP");
        assertThat(attempt(email, "a-strong-passphrase-42").isAuthenticated()).isTrue();
    }

    @Test
    void signUpReportsEveryBrokenRuleAtOnceAndWritesNothing() {
        long before = accountRepository.count();
        ValidationException e = (ValidationException) catchThrowable(() -> signUps.signUp(new SignUpService.SignUp(
                "", "Name", "Bad ID!", "XX", "Owner", "not-an-email", "short", "en")));
        assertThat(e.byField().keySet()).containsExactlyInAnyOrder("legalName", "publisherId", "country", "email", "password");
        assertThat(accountRepository.count()).isEqualTo(before);
    }

    @Test
    void passwordRuleRefusesShortEmailAndCommonPasswords() {
        String email = unique("pw") + "@rules.example";
        assertThat(passwordViolation(email, "elevenchars")).isEqualTo("password.too-short");
        assertThat(passwordViolation(email, email.toUpperCase())).isEqualTo("password.is-email");
        assertThat(passwordViolation(email, "Password1234")).isEqualTo("password.common");
        assertThat(passwordViolation(email, "123456789012")).isEqualTo("password.common");
        assertThat(passwordViolation(email, "twelve chars")).isNull();
    }

    private String passwordViolation(String email, String password) {
        try {
            signUps.signUp(new SignUpService.SignUp("Rules Ltd", "Rules", unique("rules"), "FR", "Rita", email, password, "en"));
            return null;
        } catch (ValidationException e) {
            return e.byField().get("password").getFirst().messageKey();
        }
    }

    @Test
    void signUpWithAnExistingEmailCreatesNothingAnswersAlikeAndTellsThatUser() {
        String email = unique("taken") + "@taken.example";
        freshPublisher(email);
        SignIn.out();
        long before = accountRepository.count();
        String publisherId = unique("copy");
        var again = signUps.signUp(new SignUpService.SignUp("Copy Co", "Copy", publisherId, "FR", "Mallory",
                email, "another passphrase 99", "en"), "192.0.2.10");
        assertThat(again).isEmpty();
        assertThat(accountRepository.count()).isEqualTo(before);
        assertThat(accountRepository.existsByPublisherId(publisherId)).isFalse();
        // The owner keeps their password, and hears of the attempt in the portal.
        assertThat(attempt(email, "a-strong-passphrase-42").isAuthenticated()).isTrue();
        signIn.as(email);
        assertThat(notifications.mine(5)).anySatisfy(n -> {
            assertThat(n.messageKey()).isEqualTo("notification.sign-up-existing-email");
            assertThat(n.arguments()).containsExactly("192.0.2.10");
        });
        // The rules of the form still apply first, exactly as for a new e-mail.
        ValidationException e = (ValidationException) catchThrowable(() -> signUps.signUp(new SignUpService.SignUp(
                "Copy Co", "Copy", unique("copy"), "FR", "Mallory", email, "short", "en"), "192.0.2.10"));
        assertThat(e.byField().keySet()).containsExactly("password");
    }

    @Test
    void signUpsAreLimitedPerClientAddressForAnHour() {
        String address = "192.0.2." + (100 + SEQUENCE.incrementAndGet() % 100);
        for (int i = 0; i < 5; i++) {
            assertThat(signUps.signUp(form(unique("limit") + "@limit.example"), address)).isPresent();
        }
        ValidationException refused = (ValidationException) catchThrowable(() ->
                signUps.signUp(form(unique("over") + "@limit.example"), address));
        assertThat(refused.messageKey()).isEqualTo("signup.throttled");
        assertThat(refused.arguments()).containsExactly(60L);
        assertThat(signUps.signUp(form(unique("other") + "@limit.example"), "198.51.100.77")).isPresent();
        clock.advance(Duration.ofMinutes(61));
        assertThat(signUps.signUp(form(unique("later") + "@limit.example"), address)).isPresent();
    }

    private static SignUpService.SignUp form(String email) {
        return new SignUpService.SignUp("Limit Co " + email, "Limit", unique("lim"), "DE", "Lena Limit", email,
                "a-strong-passphrase-42", "en");
    }

    @Test
    void duplicatePublisherIdIsRefusedAtTheField() {
        ValidationException e = (ValidationException) catchThrowable(() -> signUps.signUp(new SignUpService.SignUp(
                "Copy Cat", "Copy", "contoso", "FR", "Cat", unique("cat") + "@copy.example", "a-strong-passphrase-42", "en")));
        assertThat(e.byField().get("publisherId")).extracting(ValidationException.Violation::messageKey)
                .containsExactly("signup.publisher-id.taken");
    }

    @Test
    void fiveFailuresWithinFifteenMinutesLockTheUserForFifteenMinutes() {
        String email = unique("lock") + "@lockout.example";
        freshPublisher(email);
        SignIn.out();
        for (int i = 0; i < PortalAuthenticationProvider.MAX_FAILURES; i++) {
            clock.advance(Duration.ofMinutes(2));
            assertThatThrownBy(() -> attempt(email, "wrong-password-here")).isInstanceOf(BadCredentialsException.class);
        }
        // Locked: even the right password is refused, with the same error as an unknown e-mail.
        Throwable locked = catchThrowable(() -> attempt(email, "a-strong-passphrase-42"));
        Throwable unknown = catchThrowable(() -> attempt(unique("nobody") + "@nowhere.example", "a-strong-passphrase-42"));
        assertThat(locked).isInstanceOf(BadCredentialsException.class);
        assertThat(unknown).isInstanceOf(BadCredentialsException.class).hasMessage(locked.getMessage());
        clock.advance(Duration.ofMinutes(14));
        assertThatThrownBy(() -> attempt(email, "a-strong-passphrase-42")).isInstanceOf(BadCredentialsException.class);
        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        assertThat(attempt(email, "a-strong-passphrase-42").isAuthenticated()).isTrue();
    }

    @Test
    void failuresSpreadBeyondTheWindowDoNotLock() {
        String email = unique("slow") + "@lockout.example";
        freshPublisher(email);
        SignIn.out();
        for (int i = 0; i < 8; i++) {
            clock.advance(Duration.ofMinutes(4));
            assertThatThrownBy(() -> attempt(email, "wrong-password-here")).isInstanceOf(BadCredentialsException.class);
            if (i % 4 == 3) {
                clock.advance(Duration.ofMinutes(16));
            }
        }
        assertThat(attempt(email, "a-strong-passphrase-42").isAuthenticated()).isTrue();
    }

    @Test
    void theLastActiveOwnerCannotBeDemotedAndOnlyOwnersTouchOwners() {
        String ownerEmail = unique("solo") + "@owners.example";
        PublisherAccount account = freshPublisher(ownerEmail);
        PortalUser owner = signIn.as(ownerEmail);
        ValidationException demote = (ValidationException) catchThrowable(() ->
                accounts.changeRole(account.id(), owner.userId(), AccountRole.MANAGER, versionOf(account, owner.userId())));
        assertThat(demote.messageKey()).isEqualTo("user.last-owner.demote");

        var second = accounts.addUser(account.id(), unique("second") + "@owners.example", "Second", AccountRole.OWNER);
        var manager = accounts.addUser(account.id(), unique("mgr") + "@owners.example", "Manager", AccountRole.MANAGER);
        signIn.as(manager.member().email());
        assertThatThrownBy(() -> accounts.setEnabled(account.id(), second.member().userId(), false))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.addUser(account.id(), unique("o3") + "@owners.example", "Third", AccountRole.OWNER))
                .isInstanceOf(AccessDeniedException.class);

        // With the second owner deactivated, the first is the last active owner again.
        signIn.as(ownerEmail);
        accounts.setEnabled(account.id(), second.member().userId(), false);
        assertThatThrownBy(() -> accounts.changeRole(account.id(), owner.userId(), AccountRole.MANAGER,
                versionOf(account, owner.userId()))).isInstanceOf(ValidationException.class);
        accounts.setEnabled(account.id(), second.member().userId(), true);
        accounts.changeRole(account.id(), owner.userId(), AccountRole.MANAGER, versionOf(account, owner.userId()));
        assertThat(accounts.members(account.id())).filteredOn(m -> m.userId() == owner.userId())
                .extracting(Member::role).containsExactly(AccountRole.MANAGER);
    }

    private int versionOf(PublisherAccount account, long userId) {
        return accounts.members(account.id()).stream().filter(m -> m.userId() == userId).findFirst().orElseThrow().version();
    }

    @Test
    void aStaleRoleChangeOverwritesNothing() {
        String ownerEmail = unique("stale") + "@owners.example";
        PublisherAccount account = freshPublisher(ownerEmail);
        var dev = accounts.addUser(account.id(), unique("dev") + "@owners.example", "Dev", AccountRole.DEVELOPER);
        int seenVersion = dev.member().version();
        accounts.changeRole(account.id(), dev.member().userId(), AccountRole.MARKETER, seenVersion);
        assertThatThrownBy(() -> accounts.changeRole(account.id(), dev.member().userId(), AccountRole.FINANCIAL, seenVersion))
                .isInstanceOf(ConflictException.class);
        assertThat(accounts.members(account.id())).filteredOn(m -> m.userId() == dev.member().userId())
                .extracting(Member::role).containsExactly(AccountRole.MARKETER);
    }

    @Test
    void aNewUserSignsInWithTheOneTimePasswordAndMustChangeIt() {
        String ownerEmail = unique("boss") + "@team.example";
        PublisherAccount account = freshPublisher(ownerEmail);
        String newEmail = unique("newbie") + "@team.example";
        var added = accounts.addUser(account.id(), newEmail, "New Bie", AccountRole.MARKETER);
        assertThat(added.oneTimePassword()).hasSize(19);
        SignIn.out();

        assertThat(attempt(newEmail, added.oneTimePassword()).isAuthenticated()).isTrue();
        signIn.as(newEmail);
        assertThat(profiles.mustChangePassword()).isTrue();
        assertThatThrownBy(() -> profiles.changePassword(added.oneTimePassword(), "short"))
                .isInstanceOf(ValidationException.class);
        profiles.changePassword(added.oneTimePassword(), "my own long passphrase");
        assertThat(profiles.mustChangePassword()).isFalse();
        assertThatThrownBy(() -> attempt(newEmail, added.oneTimePassword())).isInstanceOf(BadCredentialsException.class);
        assertThat(attempt(newEmail, "my own long passphrase").isAuthenticated()).isTrue();

        signIn.as(ownerEmail);
        assertThat(audit.findForAccount(account.id(), AuditFilter.none(), RowWindow.of(0, 20)))
                .extracting(AuditEntry::action).contains("USER_ADDED", "PASSWORD_CHANGED");
    }

    @Test
    void aDeactivatedUserCanNeitherSignInNorUseAnOpenSession() {
        String ownerEmail = unique("gate") + "@team.example";
        PublisherAccount account = freshPublisher(ownerEmail);
        var dev = accounts.addUser(account.id(), unique("leaver") + "@team.example", "Leaver", AccountRole.DEVELOPER);
        signIn.as(dev.member().email());
        accounts.members(account.id());
        signIn.as(ownerEmail);
        accounts.setEnabled(account.id(), dev.member().userId(), false);
        assertThatThrownBy(() -> attempt(dev.member().email(), dev.oneTimePassword())).isInstanceOf(BadCredentialsException.class);
        // The principal from before the deactivation no longer opens the account.
        signIn.as(dev.member().email());
        assertThatThrownBy(() -> accounts.members(account.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void auditPagesListTheNewestFirstWithTiesInIdOrderAndNameWhatEachEntryIsAbout() {
        String ownerEmail = unique("pages") + "@team.example";
        PublisherAccount account = freshPublisher(ownerEmail);
        clock.advance(Duration.ofMinutes(1));
        // Three entries in the same instant: the pages must still neither repeat nor skip one.
        for (String name : List.of("Ada Added", "Bea Added", "Cy Added")) {
            accounts.addUser(account.id(), unique("added") + "@team.example", name, AccountRole.MARKETER);
        }
        List<AuditEntry> all = audit.findForAccount(account.id(), AuditFilter.none(), RowWindow.of(0, 50));
        assertThat(all).hasSizeGreaterThan(3);
        assertThat(all).isSortedAccordingTo(Comparator.comparing(AuditEntry::occurredAt)
                .thenComparing(AuditEntry::id).reversed());
        assertThat(all.subList(0, 3)).extracting(AuditEntry::action).containsOnly("USER_ADDED");
        assertThat(all.subList(0, 3)).extracting(AuditEntry::subject).satisfiesExactly(
                subject -> assertThat(subject).startsWith("Cy Added <"),
                subject -> assertThat(subject).startsWith("Bea Added <"),
                subject -> assertThat(subject).startsWith("Ada Added <"));

        List<AuditEntry> paged = new ArrayList<>();
        for (int offset = 0; offset < all.size(); offset += 2) {
            paged.addAll(audit.findForAccount(account.id(), AuditFilter.none(), RowWindow.of(offset, 2)));
        }
        assertThat(paged).extracting(AuditEntry::id).containsExactlyElementsOf(all.stream().map(AuditEntry::id).toList());

        signIn.as("admin@portal.example");
        List<AuditEntry> byAccount = audit.findAll(AuditFilter.none().withAccountId(account.id()),
                List.of(new SortKey("accountName", true)), RowWindow.of(0, 50));
        assertThat(byAccount).extracting(AuditEntry::id).containsExactlyInAnyOrderElementsOf(
                all.stream().map(AuditEntry::id).toList());
        assertThat(byAccount).extracting(AuditEntry::accountName).containsOnly(account.displayName());
    }

    @Test
    void languageChangeIsStoredAndAudited() {
        String email = unique("lang") + "@team.example";
        PublisherAccount account = freshPublisher(email);
        profiles.changeLanguage("fr");
        assertThat(profiles.me().preferredLanguage()).isEqualTo("fr");
        assertThatThrownBy(() -> profiles.changeLanguage("de")).isInstanceOf(ValidationException.class);
        assertThat(audit.findForAccount(account.id(), AuditFilter.none(), RowWindow.of(0, 20)))
                .extracting(AuditEntry::action).contains("LANGUAGE_CHANGED");
    }

    @Test
    void apiKeysAreShownOnceStoredHashedAndRevocable() {
        String email = unique("keys") + "@team.example";
        PublisherAccount account = freshPublisher(email);
        var created = apiKeys.create(account.id(), "CRM", EnumSet.of(ApiScope.LEADS_READ));
        assertThat(created.plainText()).startsWith("ppk_" + created.key().keyId() + "_");
        assertThat(created.key().secretHash()).doesNotContain(created.plainText().substring(created.plainText().lastIndexOf('_') + 1));
        assertThat(apiKeys.authenticate(created.plainText())).hasValueSatisfying(c -> {
            assertThat(c.accountId()).isEqualTo(account.id());
            assertThat(c.scopes()).containsExactly(ApiScope.LEADS_READ);
        });
        apiKeys.revoke(account.id(), created.key().id());
        assertThat(apiKeys.authenticate(created.plainText())).isEmpty();
        assertThat(apiKeys.authenticate(created.plainText() + "x")).isEmpty();
    }

    @Test
    void adminManagesStaffButNeverRemovesTheLastAdministrator() {
        PortalUser admin = signIn.as("admin@portal.example");
        var added = staffDirectory.add(unique("rev") + "@portal.example", "New Reviewer",
                com.publisherportal.security.PlatformRole.STAFF);
        assertThat(attempt(added.member().email(), added.oneTimePassword()).isAuthenticated()).isTrue();
        staffDirectory.setEnabled(added.member().userId(), false);
        assertThatThrownBy(() -> attempt(added.member().email(), added.oneTimePassword()))
                .isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> staffDirectory.setEnabled(admin.userId(), false)).isInstanceOf(ValidationException.class);
    }
}
