package com.publisherportal.account.api;

import com.publisherportal.account.AccountService;
import com.publisherportal.account.PublisherAccount;
import com.publisherportal.security.ApiCaller;
import com.publisherportal.security.ApiScope;
import com.publisherportal.security.CurrentUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Tells an API client which account its key belongs to and what it may do. */
@RestController
class AccountApiController {

    record AccountInfo(String publisherId, String displayName, String keyName, List<String> scopes) {
    }

    private final AccountService accounts;
    private final CurrentUser currentUser;

    AccountApiController(AccountService accounts, CurrentUser currentUser) {
        this.accounts = accounts;
        this.currentUser = currentUser;
    }

    @GetMapping("/api/account")
    AccountInfo account() {
        ApiCaller caller = currentUser.apiCaller().orElseThrow();
        PublisherAccount account = accounts.ownAccount();
        return new AccountInfo(account.publisherId(), account.displayName(), caller.keyName(),
                caller.scopes().stream().map(ApiScope::value).sorted().toList());
    }
}
