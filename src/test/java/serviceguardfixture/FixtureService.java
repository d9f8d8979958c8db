package serviceguardfixture;

import com.publisherportal.common.PublicAccess;
import com.publisherportal.security.AccountAccess;
import com.publisherportal.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** A service for {@code ServiceGuardTest}'s self-test: some methods guarded, some not. */
@Service
public class FixtureService {

    private final AccountAccess access;
    private final CurrentUser currentUser;
    private final OtherFixtureService other;

    FixtureService(AccountAccess access, CurrentUser currentUser, OtherFixtureService other) {
        this.access = access;
        this.currentUser = currentUser;
        this.other = other;
    }

    public String unguarded(long accountId) {
        return "account " + accountId;
    }

    public String guardedDirectly(long accountId) {
        access.requireMember(accountId);
        return "account " + accountId;
    }

    public String guardedByTheSignedInUser() {
        return currentUser.require().email();
    }

    public String guardedThroughAPrivateHelper(long accountId) {
        check(accountId);
        return "account " + accountId;
    }

    public String guardedThroughAnotherService(long accountId) {
        return other.guarded(accountId);
    }

    public String guardedInALambda(java.util.Optional<Long> accountId) {
        return accountId.map(id -> {
            access.requireStaff();
            return "account " + id;
        }).orElse("none");
    }

    public String leaksThroughAPublicOne() {
        return other.storefront();
    }

    @PreAuthorize("hasRole('ADMIN')")
    public String guardedByMethodSecurity() {
        return "admin";
    }

    @PublicAccess("the self-test's storefront")
    public String deliberatelyPublic() {
        return "anyone";
    }

    private void check(long accountId) {
        access.requireMemberOrStaff(accountId);
    }
}
