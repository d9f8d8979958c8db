package com.publisherportal.attribution;

import com.publisherportal.security.AccountAccess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs the {@link TemplateChecker} for a publisher, against that publisher's registry only: a
 * GUID held by anyone else reads "not registered to you", exactly like an unknown one. Used by
 * the checker page (owners, managers, developers) and by the HTTP API (an API key of the account).
 */
@Service
public class TemplateCheckService {

    private final TrackingGuidService registry;
    private final AccountAccess access;

    TemplateCheckService(TrackingGuidService registry, AccountAccess access) {
        this.registry = registry;
        this.access = access;
    }

    /** An uploaded file: a zip package or a JSON template, told apart by signature and name. */
    @Transactional(readOnly = true)
    public CheckReport check(long accountId, String fileName, byte[] content) {
        return checker(accountId).check(fileName, content);
    }

    @Transactional(readOnly = true)
    public CheckReport checkTemplate(long accountId, String fileName, byte[] json) {
        return checker(accountId).checkTemplate(fileName, json);
    }

    @Transactional(readOnly = true)
    public CheckReport checkPackage(long accountId, byte[] zip) {
        return checker(accountId).checkPackage(zip);
    }

    private TemplateChecker checker(long accountId) {
        access.requireMember(accountId, TrackingGuidService.ROLES);
        return new TemplateChecker(registry.registryOf(accountId));
    }
}
