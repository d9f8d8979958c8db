package com.publisherportal.leads;

import com.publisherportal.account.EmailPreferenceService;
import com.publisherportal.account.EmailRecipient;
import com.publisherportal.account.EmailTopic;
import com.publisherportal.common.ui.PortalI18NProvider;
import com.publisherportal.mail.MailKind;
import com.publisherportal.mail.MailOutbox;
import com.publisherportal.security.AccountRole;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The lead e-mails, as digests written to the outbox for the owners and managers (who work the
 * inbox) who chose them: new leads at most once an hour per user, leads overdue for follow-up once
 * a day. Each user's digest is written with their mark (where it got to) in one transaction, so a
 * digest is neither lost nor repeated if the job stops halfway. One node at a time.
 */
@Component
class LeadDigests {

    static final Duration NEW_LEADS_EVERY = Duration.ofHours(1);
    /** A restart or a second trigger the same day sends no second overdue digest. */
    static final Duration OVERDUE_AT_MOST_EVERY = Duration.ofHours(20);
    /**
     * A digest covers leads received up to a minute ago: a lead is stamped when intake starts
     * and committed a moment later, so one stamped just before "now" may not be visible yet.
     */
    static final Duration SETTLE = Duration.ofMinutes(1);
    static final int LINES = 10;
    private static final AccountRole[] LEAD_ROLES = {AccountRole.OWNER, AccountRole.MANAGER};

    private final LeadRepository leads;
    private final EmailPreferenceService preferences;
    private final MailOutbox outbox;
    private final PortalI18NProvider texts;
    private final TransactionTemplate transactions;
    private final Clock clock;

    LeadDigests(LeadRepository leads, EmailPreferenceService preferences, MailOutbox outbox, PortalI18NProvider texts,
                TransactionTemplate transactions, Clock clock) {
        this.leads = leads;
        this.preferences = preferences;
        this.outbox = outbox;
        this.texts = texts;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${portal.mail.lead-digest-interval:PT5M}",
            fixedDelayString = "${portal.mail.lead-digest-interval:PT5M}")
    @SchedulerLock(name = "new-lead-digests", lockAtMostFor = "PT30M")
    public void runNewLeads() {
        newLeadDigests();
    }

    @Scheduled(cron = "${portal.mail.overdue-digest-cron:0 0 7 * * *}", zone = "UTC")
    @SchedulerLock(name = "overdue-follow-up-digests", lockAtMostFor = "PT30M")
    public void runOverdue() {
        overdueDigests();
    }

    /** Writes the new-lead digests that are due; returns how many. */
    int newLeadDigests() {
        Instant through = clock.instant().minus(SETTLE);
        int written = 0;
        for (EmailRecipient recipient : preferences.subscribers(EmailTopic.NEW_LEADS, LEAD_ROLES)) {
            if (Boolean.TRUE.equals(transactions.execute(s -> newLeadDigest(recipient, through)))) {
                written++;
            }
        }
        return written;
    }

    private boolean newLeadDigest(EmailRecipient recipient, Instant through) {
        Optional<Instant> last = outbox.digestThrough(recipient.userId(), MailKind.NEW_LEADS);
        if (last.isPresent() && through.isBefore(last.get().plus(NEW_LEADS_EVERY))) {
            return false;
        }
        // Without a mark (a user who has just opted in), the first digest looks back one hour.
        Instant after = last.orElse(through.minus(NEW_LEADS_EVERY));
        int count = leads.countReceived(recipient.accountId(), after, through);
        if (count == 0) {
            // The mark stays: the next lead is told at the next run, not an hour after this one.
            return false;
        }
        Locale locale = Locale.forLanguageTag(recipient.language());
        String lines = leads.received(recipient.accountId(), after, through, LINES).stream()
                .map(l -> texts.getTranslation("mail.new-leads.line", locale, l.name(), l.company(), l.offerTitle()))
                .collect(Collectors.joining("\n"));
        if (count > LINES) {
            lines += "\n" + texts.getTranslation("mail.new-leads.more", locale, count - LINES);
        }
        outbox.digest(recipient, MailKind.NEW_LEADS, through, "leads", count, lines);
        return true;
    }

    /** Writes the overdue follow-up digests that are due; returns how many. */
    int overdueDigests() {
        Instant now = clock.instant();
        int written = 0;
        for (EmailRecipient recipient : preferences.subscribers(EmailTopic.OVERDUE_FOLLOW_UPS, LEAD_ROLES)) {
            if (Boolean.TRUE.equals(transactions.execute(s -> overdueDigest(recipient, now)))) {
                written++;
            }
        }
        return written;
    }

    private boolean overdueDigest(EmailRecipient recipient, Instant now) {
        Optional<Instant> last = outbox.digestThrough(recipient.userId(), MailKind.OVERDUE_FOLLOW_UPS);
        if (last.isPresent() && now.isBefore(last.get().plus(OVERDUE_AT_MOST_EVERY))) {
            return false;
        }
        int overdue = leads.followUpSummary(recipient.accountId(), now).overdue();
        if (overdue == 0) {
            return false;
        }
        outbox.digest(recipient, MailKind.OVERDUE_FOLLOW_UPS, now, "leads", overdue);
        return true;
    }
}
