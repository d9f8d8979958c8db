package com.publisherportal.attribution;

import com.publisherportal.common.BusyException;
import com.publisherportal.security.AccountAccess;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.io.InputStream;

/**
 * Runs the {@link TemplateChecker} for a publisher, against that publisher's registry only: a
 * GUID held by anyone else reads "not registered to you", exactly like an unknown one. Used by
 * the checker page (owners, managers, developers) and by the HTTP API (an API key of the account).
 */
@Service
public class TemplateCheckService {

    private final TrackingGuidService registry;
    private final AccountAccess access;
    private final TemplateCheckAdmission admission;
    private final TemplateCheckMetrics metrics;

    TemplateCheckService(TrackingGuidService registry, AccountAccess access, TemplateCheckAdmission admission,
                         TemplateCheckMetrics metrics) {
        this.registry = registry;
        this.access = access;
        this.admission = admission;
        this.metrics = metrics;
    }

    /**
     * An uploaded file: a zip package or a JSON template, told apart by signature and name. The
     * content is read only once the caller is admitted, and never beyond the package limit.
     *
     * @throws com.publisherportal.common.BusyException when the caller checks too often or the
     *                                                  portal runs as many checks as it allows
     */
    public CheckReport check(long accountId, String fileName, InputStream content) throws IOException {
        return admitted(accountId, content, TemplateChecker.MAX_PACKAGE_BYTES, fileName, TemplateChecker::check);
    }

    /** A JSON template sent on its own (the HTTP API). */
    public CheckReport checkTemplate(long accountId, String fileName, InputStream json) throws IOException {
        return admitted(accountId, json, TemplateChecker.MAX_TEMPLATE_BYTES, fileName, TemplateChecker::checkTemplate);
    }

    /** A zip package (the HTTP API). */
    public CheckReport checkPackage(long accountId, InputStream zip) throws IOException {
        return admitted(accountId, zip, TemplateChecker.MAX_PACKAGE_BYTES, "zip", (checker, name, bytes) -> checker.checkPackage(bytes));
    }

    private interface Check {
        CheckReport run(TemplateChecker checker, String name, byte[] content);
    }

    /**
     * Access and registry first, then a permit, then the body read within its limit, then the
     * check. Each check an admitted caller asked for is counted once: by its verdict, or as
     * refused (too busy, or a file the checker would not read).
     */
    private CheckReport admitted(long accountId, InputStream content, int limit, String name, Check check) throws IOException {
        TemplateChecker checker = checker(accountId);
        try (var permit = admission.enter()) {
            CheckReport report = check.run(checker, name, TemplateChecker.readAtMost(content, limit, name));
            metrics.checked(report.verdict());
            return report;
        } catch (BusyException e) {
            metrics.busy(e);
            throw e;
        } catch (TemplateRejectedException e) {
            metrics.rejected();
            throw e;
        }
    }

    /** The caller's access is checked, and the account's registry read, before any of the body is. */
    private TemplateChecker checker(long accountId) {
        access.requireMember(accountId, TrackingGuidService.ROLES);
        return new TemplateChecker(registry.registryOf(accountId));
    }
}
