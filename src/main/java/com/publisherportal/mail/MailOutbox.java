package com.publisherportal.mail;

import com.publisherportal.account.EmailPreferenceService;
import com.publisherportal.account.EmailRecipient;
import com.publisherportal.common.NotFoundException;
import com.publisherportal.common.PublicAccess;
import com.publisherportal.common.RowWindow;
import com.publisherportal.common.SortKey;
import com.publisherportal.common.ui.PortalI18NProvider;
import com.publisherportal.security.AccountAccess;
import com.publisherportal.security.AccountRole;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The outbox: features write the e-mails an event causes here, in the event's own transaction
 * (propagation MANDATORY), so an e-mail exists exactly when its event was committed and none is
 * lost while the SMTP server is away. Each recipient gets one row, rendered in the language they
 * chose, with a link back to the item; a user who turned the kind's topic off gets none.
 * {@link OutboxSender} delivers the rows; administrators read them on the Outbox page.
 *
 * <p>A feature e-mails in one call from its own transactional service method, e.g. a new message
 * in a review's thread: {@code mail.toAccount(accountId, List.of(), MailKind.THREAD_MESSAGE,
 * "offers/12", offerName, authorName, text)} for the publisher's members, or {@code mail.toUser(
 * reviewerId, MailKind.THREAD_MESSAGE, "staff/review/offer/12", …)} for a reviewer.
 */
@Service
public class MailOutbox {

    static final int SUBJECT_MAX = 300;
    static final int BODY_MAX = 10_000;

    private final MailOutboxRepository outbox;
    private final EmailPreferenceService preferences;
    private final PortalI18NProvider texts;
    private final AccountAccess access;
    private final Clock clock;
    private final String publicUrl;

    MailOutbox(MailOutboxRepository outbox, EmailPreferenceService preferences, PortalI18NProvider texts,
               AccountAccess access, Clock clock, @Value("${portal.public-url:http://localhost:8080}") String publicUrl) {
        this.outbox = outbox;
        this.preferences = preferences;
        this.texts = texts;
        this.access = access;
        this.clock = clock;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /**
     * E-mails the members of an account with one of {@code roles} (all members when none) who
     * receive the kind's topic. {@code link} is the portal route of the item (e.g. {@code offers/12});
     * {@code arguments} fill the kind's subject and body. Joins the caller's transaction.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    @PublicAccess("Written by services after their own caller check, in their transaction (MANDATORY).")
    public int toAccount(long accountId, List<AccountRole> roles, MailKind kind, String link, Object... arguments) {
        List<EmailRecipient> recipients = preferences.recipients(accountId, kind.topic(),
                roles.toArray(AccountRole[]::new));
        recipients.forEach(r -> write(r, kind, link, arguments));
        return recipients.size();
    }

    /** E-mails one user, if they receive the kind's topic (e.g. a new message in a thread they follow). */
    @Transactional(propagation = Propagation.MANDATORY)
    @PublicAccess("Written by services after their own caller check, in their transaction (MANDATORY).")
    public boolean toUser(long userId, MailKind kind, String link, Object... arguments) {
        Optional<EmailRecipient> recipient = preferences.recipient(userId, kind.topic());
        recipient.ifPresent(r -> write(r, kind, link, arguments));
        return recipient.isPresent();
    }

    /** Where the user's last digest of {@code kind} got to (nothing before their first). */
    @Transactional(readOnly = true)
    @PublicAccess("Read by scheduled digest jobs, which run without a caller.")
    public Optional<Instant> digestThrough(long userId, MailKind kind) {
        return outbox.digestThrough(userId, kind);
    }

    /**
     * Writes a digest for a recipient the job found among the topic's subscribers, and moves their
     * mark to {@code through}, in the same transaction: the next digest starts where this one ended.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    @PublicAccess("Written by scheduled digest jobs, which run without a caller, in their transaction (MANDATORY).")
    public void digest(EmailRecipient recipient, MailKind kind, Instant through, String link, Object... arguments) {
        write(recipient, kind, link, arguments);
        outbox.markDigest(recipient.userId(), kind, through);
    }

    /** Moves a digest's mark without writing one (nothing new to tell). */
    @Transactional(propagation = Propagation.MANDATORY)
    @PublicAccess("Written by scheduled digest jobs, which run without a caller, in their transaction (MANDATORY).")
    public void markDigest(long userId, MailKind kind, Instant through) {
        outbox.markDigest(userId, kind, through);
    }

    // ---- the Outbox page (administrators)

    @Transactional(readOnly = true)
    public List<OutboxMail> list(List<SortKey> sorts, RowWindow window) {
        access.requireAdmin();
        return outbox.page(sorts, window);
    }

    @Transactional(readOnly = true)
    public int count() {
        access.requireAdmin();
        return outbox.count();
    }

    @Transactional(readOnly = true)
    public OutboxMail mail(long id) {
        access.requireAdmin();
        return outbox.find(id).orElseThrow(() -> new NotFoundException("mail"));
    }

    /** Sends a FAILED e-mail again, from its first attempt. */
    @Transactional
    public OutboxMail sendAgain(long id) {
        access.requireAdmin();
        if (!outbox.requeue(id, clock.instant())) {
            throw new com.publisherportal.common.ConflictException("mail.outbox.not-failed");
        }
        return outbox.find(id).orElseThrow(() -> new NotFoundException("mail"));
    }

    /** The absolute address of a portal route, from {@code portal.public-url}. */
    String absolute(String link) {
        if (link == null || link.isBlank()) {
            return publicUrl + "/";
        }
        return publicUrl + (link.startsWith("/") ? link : "/" + link);
    }

    private void write(EmailRecipient recipient, MailKind kind, String link, Object... arguments) {
        Locale locale = Locale.forLanguageTag(recipient.language());
        String url = absolute(link);
        String subject = oneLine(texts.getTranslation(kind.subjectKey(), locale, arguments));
        String body = texts.getTranslation(kind.bodyKey(), locale, arguments)
                + "\n\n" + texts.getTranslation("mail.footer.link", locale, url)
                + "\n\n-- \n" + texts.getTranslation("mail.footer.preferences", locale, absolute("profile"));
        outbox.insert(recipient.userId(), recipient.address(), recipient.language(), kind, cap(subject, SUBJECT_MAX),
                cap(body, BODY_MAX), url, clock.instant());
    }

    /** A subject is one header line: line breaks in a product name must not start a new header. */
    private static String oneLine(String text) {
        return text.replaceAll("[\\r\\n\\t]+", " ").strip();
    }

    private static String cap(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
