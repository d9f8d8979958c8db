package com.publisherportal.audit;

import com.publisherportal.common.PublicAccess;
import com.publisherportal.common.AuditEvent;
import com.publisherportal.common.RowWindow;
import com.publisherportal.common.SortKey;
import com.publisherportal.security.AccountAccess;
import com.publisherportal.security.AccountRole;
import com.publisherportal.security.CurrentUser;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;

/**
 * The audit log. Writes join the caller's transaction, so an entry exists exactly when the
 * change it describes was committed. Staff read everything; an account's owners and
 * managers read their own account's entries only.
 */
@Service
public class AuditService {

    private final AuditRepository repository;
    private final CurrentUser currentUser;
    private final AccountAccess access;
    private final Clock clock;

    AuditService(AuditRepository repository, CurrentUser currentUser, AccountAccess access, Clock clock) {
        this.repository = repository;
        this.currentUser = currentUser;
        this.access = access;
        this.clock = clock;
    }

    /** Records an action of the signed-in user (or API key). */
    @Transactional(propagation = Propagation.MANDATORY)
    @PublicAccess("Written by services (after their own caller check), sign-up, sign-in and the demo data, in the caller's transaction (MANDATORY); it only appends to the log.")
    public void record(Long accountId, String entityType, String entityId, String action, String details) {
        var user = currentUser.get();
        if (user.isPresent()) {
            record(user.get().userId(), user.get().email(), accountId, entityType, entityId, action, details);
        } else {
            var caller = currentUser.apiCaller();
            record(null, caller.map(c -> "api-key:" + c.keyName()).orElse("system"), accountId, entityType,
                    entityId, action, details);
        }
    }

    /**
     * Records an action published by a module that does not depend on this one. A plain (not
     * transactional) listener runs in the publisher's transaction, so the entry commits with the change.
     */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    @PublicAccess("Event listener in the publishing service's transaction; that service checked its caller.")
    public void on(AuditEvent event) {
        record(event.accountId(), event.entityType(), event.entityId(), event.action(), event.details());
    }

    /** Records an action of a named actor (sign-up, sign-in, demo data), where nobody is signed in yet. */
    @Transactional(propagation = Propagation.MANDATORY)
    @PublicAccess("Written by services (after their own caller check), sign-up, sign-in and the demo data, in the caller's transaction (MANDATORY); it only appends to the log.")
    public void record(Long actorId, String actorEmail, Long accountId, String entityType, String entityId,
                       String action, String details) {
        repository.insert(clock.instant(), actorId, actorEmail, accountId, entityType, entityId, action, details);
    }

    /** Staff: the whole log, in the given order. */
    @Transactional(readOnly = true)
    public List<AuditEntry> findAll(AuditFilter filter, List<SortKey> sorts, RowWindow window) {
        access.requireStaff();
        return repository.find(filter, sorts, window);
    }

    /** Staff: the whole log, newest first. */
    @Transactional(readOnly = true)
    public List<AuditEntry> findAll(AuditFilter filter, RowWindow window) {
        return findAll(filter, List.of(), window);
    }

    @Transactional(readOnly = true)
    public int countAll(AuditFilter filter) {
        access.requireStaff();
        return repository.count(filter);
    }

    /** An account's owners and managers: that account's entries only, whatever the filter says. */
    @Transactional(readOnly = true)
    public List<AuditEntry> findForAccount(long accountId, AuditFilter filter, List<SortKey> sorts, RowWindow window) {
        access.requireMember(accountId, AccountRole.OWNER, AccountRole.MANAGER);
        return repository.find(filter.withAccountId(accountId), sorts, window);
    }

    /** An account's entries, newest first. */
    @Transactional(readOnly = true)
    public List<AuditEntry> findForAccount(long accountId, AuditFilter filter, RowWindow window) {
        return findForAccount(accountId, filter, List.of(), window);
    }

    @Transactional(readOnly = true)
    public int countForAccount(long accountId, AuditFilter filter) {
        access.requireMember(accountId, AccountRole.OWNER, AccountRole.MANAGER);
        return repository.count(filter.withAccountId(accountId));
    }

    @Transactional(readOnly = true)
    public List<String> actions() {
        access.requireStaff();
        return repository.distinctActions(null);
    }

    @Transactional(readOnly = true)
    public List<String> actionsForAccount(long accountId) {
        access.requireMember(accountId, AccountRole.OWNER, AccountRole.MANAGER);
        return repository.distinctActions(accountId);
    }
}
