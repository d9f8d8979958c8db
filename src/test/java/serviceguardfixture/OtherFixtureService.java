package serviceguardfixture;

import com.publisherportal.common.PublicAccess;
import com.publisherportal.security.AccountAccess;
import org.springframework.stereotype.Component;

/** A second service for {@code ServiceGuardTest}'s self-test, a {@code @Component} named {@code *Service}. */
@Component
public class OtherFixtureService {

    private final AccountAccess access;

    OtherFixtureService(AccountAccess access) {
        this.access = access;
    }

    public String guarded(long accountId) {
        access.requireMember(accountId);
        return "account " + accountId;
    }

    /** Asking is no check: {@code isStaff} refuses nobody. */
    public String onlyAsksWhetherStaff() {
        return access.isStaff() ? "staff" : "not staff";
    }

    @PublicAccess("the self-test's storefront")
    public String storefront() {
        return "anyone";
    }
}
