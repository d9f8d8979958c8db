package com.publisherportal.leads;

import com.publisherportal.common.export.ExportColumn;
import com.publisherportal.account.AccountService;
import com.publisherportal.account.Member;
import com.publisherportal.common.ConflictException;
import com.publisherportal.common.NotFoundException;
import com.publisherportal.common.RowWindow;
import com.publisherportal.common.SortKey;
import com.publisherportal.common.ValidationException;
import com.publisherportal.audit.AuditService;
import com.publisherportal.common.export.ExportFormat;
import com.publisherportal.common.export.ExportOptions;
import com.publisherportal.common.export.TableExporter;
import com.publisherportal.security.AccountAccess;
import com.publisherportal.security.AccountRole;
import com.publisherportal.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The lead inbox of an account: owners and managers (and the account's API keys, read-only) find,
 * triage, assign and annotate leads, and export what they see.
 */
@Service
public class LeadService {

    private static final AccountRole[] LEAD_ROLES = {AccountRole.OWNER, AccountRole.MANAGER};

    private final LeadRepository leads;
    private final AccountService accounts;
    private final AccountAccess access;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final Clock clock;
    private final TableExporter exporter;

    LeadService(LeadRepository leads, AccountService accounts, AccountAccess access, CurrentUser currentUser,
                AuditService audit, Clock clock, TableExporter exporter) {
        this.leads = leads;
        this.accounts = accounts;
        this.access = access;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
        this.exporter = exporter;
    }

    @Transactional(readOnly = true)
    public List<Lead> find(long accountId, LeadFilter filter, List<SortKey> sorts, RowWindow window) {
        access.requireMember(accountId, LEAD_ROLES);
        return leads.find(accountId, filter, sorts, window, clock.instant());
    }

    @Transactional(readOnly = true)
    public int count(long accountId, LeadFilter filter) {
        access.requireMember(accountId, LEAD_ROLES);
        return leads.count(accountId, filter, clock.instant());
    }

    /**
     * How many leads (test leads left out) an offer of the account received: a figure without any
     * personal data, so every member and staff may read it (go-to-market benefits count it).
     */
    @Transactional(readOnly = true)
    public int countForOffer(long accountId, long offerId) {
        access.requireMemberOrStaff(accountId);
        LeadFilter filter = new LeadFilter(java.util.Set.of(), null, null, offerId, null, null, null, false, null, null,
                false);
        return leads.count(accountId, filter, clock.instant());
    }

    @Transactional(readOnly = true)
    public Lead lead(long accountId, long leadId) {
        access.requireMember(accountId, LEAD_ROLES);
        return leads.findById(accountId, leadId, clock.instant()).orElseThrow(() -> new NotFoundException("lead"));
    }

    /**
     * The lead with what its dialog shows beside it (score, notes, assignees), read in one
     * transaction: the dialog reads this once when it opens and once after each change.
     */
    @Transactional(readOnly = true)
    public LeadDetail detail(long accountId, long leadId) {
        Lead lead = lead(accountId, leadId);
        return new LeadDetail(lead, LeadScoring.explain(lead, clock.instant()), leads.notes(leadId), assignees(accountId));
    }

    /**
     * What needs following up in the account (test leads left out), for the dashboard: open NEW
     * leads, those due within four hours and those overdue.
     */
    @Transactional(readOnly = true)
    public FollowUpSummary followUpSummary(long accountId) {
        access.requireMember(accountId, LEAD_ROLES);
        return leads.followUpSummary(accountId, clock.instant());
    }

    @Transactional(readOnly = true)
    public List<String> sources(long accountId) {
        access.requireMember(accountId, LEAD_ROLES);
        return leads.distinctSources(accountId);
    }

    /** Active users of the account a lead can be assigned to. */
    @Transactional(readOnly = true)
    public List<Member> assignees(long accountId) {
        access.requireMember(accountId, LEAD_ROLES);
        return accounts.members(accountId).stream().filter(Member::enabled).toList();
    }

    @Transactional
    public Lead changeStatus(long accountId, long leadId, LeadStatus target, int expectedVersion) {
        Lead lead = lead(accountId, leadId);
        if (target == null) {
            throw new ValidationException("status", "lead.status.required");
        }
        if (target == LeadStatus.CONTACTED && lead.doNotContact()) {
            throw new ValidationException("status", "lead.status.do-not-contact");
        }
        if (!lead.status().next(lead.doNotContact()).contains(target)) {
            throw new ValidationException("status", "lead.status.not-allowed");
        }
        Instant now = clock.instant();
        if (!leads.updateStatus(accountId, leadId, target, now, expectedVersion)) {
            throw new ConflictException("lead.changed-meanwhile");
        }
        audit.record(accountId, "lead", String.valueOf(leadId), "LEAD_STATUS_CHANGED", lead.status() + " -> " + target);
        return lead(accountId, leadId);
    }

    /** Assigns the lead to an active user of the account, or clears the assignee when {@code userId} is null. */
    @Transactional
    public Lead assign(long accountId, long leadId, Long userId, int expectedVersion) {
        Lead lead = lead(accountId, leadId);
        String name = null;
        if (userId != null) {
            Member member = assignees(accountId).stream().filter(m -> m.userId() == userId).findFirst()
                    .orElseThrow(() -> new ValidationException("assignee", "lead.assignee.invalid"));
            name = member.email();
        }
        if (!leads.updateAssignee(accountId, leadId, userId, expectedVersion)) {
            throw new ConflictException("lead.changed-meanwhile");
        }
        audit.record(accountId, "lead", String.valueOf(lead.id()), "LEAD_ASSIGNED", name);
        return lead(accountId, leadId);
    }

    @Transactional
    public LeadNote addNote(long accountId, long leadId, String text) {
        lead(accountId, leadId);
        String body = text == null ? "" : text.strip();
        if (body.isEmpty() || body.length() > LeadNote.MAX_LENGTH) {
            throw new ValidationException("note", "lead.note.invalid", LeadNote.MAX_LENGTH);
        }
        var user = currentUser.require();
        leads.insertNote(leadId, user.userId(), user.displayName(), clock.instant(), body);
        audit.record(accountId, "lead", String.valueOf(leadId), "LEAD_NOTE_ADDED", null);
        return leads.notes(leadId).getFirst();
    }

    /**
     * Writes the leads matching the filter, in the given order and with the given columns (the
     * grid's), to CSV or XLSX, reading them from the database row by row. Returns the row count.
     */
    @Transactional(readOnly = true)
    public long export(long accountId, LeadFilter filter, List<SortKey> sorts, List<String> columnKeys,
                       ExportFormat format, ExportOptions options, OutputStream out) throws IOException {
        return exportAs(accountId, filter, sorts, LeadColumns.MODEL.select(columnKeys), format, options, out);
    }

    /**
     * As {@link #export}, under columns the caller words (the inbox's: translated headers, and
     * statuses and actions as labels rather than codes); each must be one of the inbox's columns.
     */
    @Transactional(readOnly = true)
    public long exportAs(long accountId, LeadFilter filter, List<SortKey> sorts, List<ExportColumn<Lead>> columns,
                         ExportFormat format, ExportOptions options, OutputStream out) throws IOException {
        access.requireMember(accountId, LEAD_ROLES);
        for (ExportColumn<Lead> column : columns) {
            LeadColumns.MODEL.column(column.key());
        }
        Instant now = clock.instant();
        return exporter.export(format, columns, consumer -> leads.stream(accountId, filter, sorts, now, consumer), out, options);
    }

    /** Every matching lead, row by row, for the JSON API. */
    @Transactional(readOnly = true)
    public void forEach(long accountId, LeadFilter filter, List<SortKey> sorts,
                        java.util.function.Consumer<? super Lead> consumer) {
        access.requireMember(accountId, LEAD_ROLES);
        leads.stream(accountId, filter, sorts, clock.instant(), consumer);
    }
}
