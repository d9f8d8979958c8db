package com.publisherportal.ui;

import com.publisherportal.account.AccountService;
import com.publisherportal.account.Member;
import com.publisherportal.account.PublisherAccountRepository;
import com.publisherportal.security.AccountRole;
import com.publisherportal.security.ApiKeyService;
import com.publisherportal.security.ApiScope;
import com.publisherportal.security.ui.ApiKeysView;
import com.publisherportal.testsupport.PortalSpringTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.publisherportal.security.ApiKeyStatus;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ActiveProfiles;

import java.util.EnumSet;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The API keys page shows a key whose creator lost the rights as suspended, with the reason. */
@PortalSpringTest
@ActiveProfiles("test")
class ApiKeysUiTest extends KaribuTest {

    @Autowired AccountService accounts;
    @Autowired ApiKeyService apiKeys;
    @Autowired PublisherAccountRepository publishers;

    @Test
    void aKeyWhoseCreatorWasDemotedOrDeactivatedShowsAsSuspendedWithTheReason() {
        long contoso = publishers.findByPublisherId("contoso").orElseThrow().id();
        String email = "ui-keymaker-" + System.nanoTime() + "@contoso.example";
        signIn.as("owner@contoso.example");
        Member manager = accounts.addUser(contoso, email, "Uma Keymaker", AccountRole.MANAGER).member();
        signIn.as(email);
        long crm = apiKeys.create(contoso, "Uma's CRM", EnumSet.of(ApiScope.LEADS_READ, ApiScope.REPORTS_READ)).key().id();
        long leadsOnly = apiKeys.create(contoso, "Uma's leads", EnumSet.of(ApiScope.LEADS_READ)).key().id();

        login("owner@contoso.example");
        navigate("account/api-keys");
        _get(ApiKeysView.class);
        assertThat(status(crm)).startsWith("Active");

        accounts.changeRole(contoso, manager.userId(), AccountRole.DEVELOPER, manager.version());
        navigate("account/api-keys");
        assertThat(status(crm)).startsWith("Partly suspended")
                .contains("Uma Keymaker", "Developer", "leads:read", "403", "reports:read");
        assertThat(status(leadsOnly)).startsWith("Suspended").contains("leads:read");

        accounts.setEnabled(contoso, manager.userId(), false);
        navigate("account/api-keys");
        assertThat(status(crm)).startsWith("Suspended").contains("Uma Keymaker", "deactivated", "401");
    }

    @SuppressWarnings("unchecked")
    private static String status(long keyId) {
        Grid<ApiKeyStatus> grid = _get(Grid.class, spec -> spec.withId("api-keys-grid"));
        int row = GridKt._findAll(grid).stream().map(s -> s.key().id()).toList().indexOf(keyId);
        return GridKt._getCellComponent(grid, row, "status").getElement().getTextRecursively();
    }
}
