package com.publisherportal.demo;

import com.publisherportal.account.AccountStatus;
import com.publisherportal.account.AppUser;
import com.publisherportal.account.AppUserRepository;
import com.publisherportal.account.Membership;
import com.publisherportal.account.MembershipRepository;
import com.publisherportal.account.PublisherAccount;
import com.publisherportal.account.PublisherAccountRepository;
import com.publisherportal.audit.AuditService;
import com.publisherportal.security.AccountRole;
import com.publisherportal.security.ApiKey;
import com.publisherportal.security.ApiKeyRepository;
import com.publisherportal.security.ApiScope;
import com.publisherportal.security.PlatformRole;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;

/**
 * Demo publishers, users and API keys, seeded on the first start of an empty database so a
 * newcomer can sign in at once. Off in the production build. The README lists these sign-ins.
 */
@Component
@Order(10)
public class AccountDemoData implements DemoStep {

    public static final String PASSWORD = "portal-demo-2026";
    public static final String CONTOSO_API_KEY = "ppk_contosodemo01_ContosoDemoKeyAllScopes2026";
    public static final String FABRIKAM_API_KEY = "ppk_fabrikamdemo01_FabrikamDemoKeyAllScopes2026";

    private static final Logger log = LoggerFactory.getLogger(AccountDemoData.class);

    private final PublisherAccountRepository accounts;
    private final AppUserRepository users;
    private final MembershipRepository memberships;
    private final ApiKeyRepository apiKeys;
    private final AuditService audit;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    AccountDemoData(PublisherAccountRepository accounts, AppUserRepository users, MembershipRepository memberships,
                    ApiKeyRepository apiKeys, AuditService audit, PasswordEncoder passwordEncoder, Clock clock) {
        this.accounts = accounts;
        this.users = users;
        this.memberships = memberships;
        this.apiKeys = apiKeys;
        this.audit = audit;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (accounts.count() > 0 || users.count() > 0) {
            return;
        }
        log.info("Empty database: seeding demo publishers Contoso and Fabrikam");
        String hash = passwordEncoder.encode(PASSWORD);
        Instant now = clock.instant();

        PublisherAccount contoso = account("contoso", "Contoso Ltd.", "Contoso", "US", now);
        long alice = member(contoso, "owner@contoso.example", "Alice Owner", AccountRole.OWNER, "en", hash, now);
        member(contoso, "manager@contoso.example", "Marc Manager", AccountRole.MANAGER, "fr", hash, now);
        member(contoso, "developer@contoso.example", "Dev Patel", AccountRole.DEVELOPER, "en", hash, now);
        member(contoso, "marketer@contoso.example", "Mia Marketer", AccountRole.MARKETER, "en", hash, now);
        member(contoso, "finance@contoso.example", "Frank Finance", AccountRole.FINANCIAL, "en", hash, now);

        PublisherAccount fabrikam = account("fabrikam", "Fabrikam SAS", "Fabrikam", "FR", now);
        long fiona = member(fabrikam, "owner@fabrikam.example", "Fiona Owner", AccountRole.OWNER, "fr", hash, now);
        member(fabrikam, "developer@fabrikam.example", "Diego Developer", AccountRole.DEVELOPER, "en", hash, now);

        // Two newcomers still on their way in, so the staff queue has work to show.
        PublisherAccount woodgrove = account("woodgrove", "Woodgrove Bank plc", "Woodgrove", "GB", now);
        member(woodgrove, "owner@woodgrove.example", "Wendy Owner", AccountRole.OWNER, "en", hash, now);
        PublisherAccount litware = account("litware", "Litware GmbH", "Litware", "DE", now);
        member(litware, "owner@litware.example", "Lukas Owner", AccountRole.OWNER, "en", hash, now);

        users.save(AppUser.create("reviewer@portal.example", "Rita Reviewer", hash, "en", false, PlatformRole.STAFF, now));
        users.save(AppUser.create("admin@portal.example", "Adam Admin", hash, "en", false, PlatformRole.ADMIN, now));

        EnumSet<ApiScope> all = EnumSet.allOf(ApiScope.class);
        apiKeys.save(ApiKey.withSecret(contoso.id(), "Demo key", "contosodemo01", CONTOSO_API_KEY.substring(18), all, alice, now));
        apiKeys.save(ApiKey.withSecret(fabrikam.id(), "Demo key", "fabrikamdemo01", FABRIKAM_API_KEY.substring(19), all, fiona, now));
        audit.record(null, "system", null, "demo-data", null, "DEMO_DATA_SEEDED", "Contoso, Fabrikam, Woodgrove, Litware, staff");
    }

    private PublisherAccount account(String publisherId, String legalName, String displayName, String country,
                                     Instant now) {
        return accounts.save(new PublisherAccount(null, publisherId, legalName, displayName, country,
                AccountStatus.ACTIVE, now, null));
    }

    private long member(PublisherAccount account, String email, String name, AccountRole role, String language,
                        String hash, Instant now) {
        AppUser user = users.save(AppUser.create(email, name, hash, language, false, null, now));
        memberships.save(new Membership(null, user.id(), account.id(), role, now, null));
        return user.id();
    }
}
