package com.publisherportal.mail;

import com.publisherportal.common.ClusterLocks;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;

/**
 * Delivers the outbox over SMTP, when the portal has SMTP settings ({@code spring.mail.host});
 * without them e-mails stay QUEUED for the Outbox page. One node runs it at a time
 * ({@code @SchedulerLock}); each row is also claimed by a conditional UPDATE, so even two senders
 * never take the same row.
 *
 * <p>Exactly one send per row: claim (SENDING, a lease, the attempt counted; committed), hand the
 * message to the SMTP server, then mark SENT, each its own statement. A failure the server reports
 * makes the row RETRYING after 1, 2, 4 … minutes (capped), FAILED after the last attempt. A sender
 * that stops between the claim and the mark (a crash or restart mid-send) leaves a SENDING row whose
 * lease runs out: the server may or may not have taken the message, and sending it again could
 * deliver it twice, so the next sender marks it FAILED, not due (at most once), for an
 * administrator to send again from the Outbox page if it never arrived. Every message carries a
 * Message-ID made from the row id, so a copy sent again is recognisable as the same e-mail.
 *
 * <p>The production build chooses its beans ahead of time (Spring AOT) as if SMTP were configured,
 * so this sender and Spring Boot's {@link JavaMailSender} exist there whatever the settings; the
 * sender then checks {@code spring.mail.host} itself and stays idle without one.
 */
@Component
@ConditionalOnProperty(prefix = "spring.mail", name = "host")
public class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
    static final String ABANDONED = "The sender stopped while handing this e-mail to the SMTP server; it may or may "
            + "not have been delivered, so it is not sent again automatically.";

    private final MailOutboxRepository outbox;
    private final JavaMailSender smtp;
    private final Clock clock;
    private final String node;
    private final InternetAddress from;
    private final String messageIdDomain;
    private final Duration lease;
    private final int maxAttempts;
    private final Duration firstRetry;
    private final Duration maxRetry;
    private final int batch;
    private final boolean smtpConfigured;

    @org.springframework.beans.factory.annotation.Autowired
    OutboxSender(MailOutboxRepository outbox, JavaMailSender smtp, Clock clock, ClusterLocks locks,
               @Value("${spring.mail.host:}") String smtpHost,
               @Value("${portal.mail.from:Publisher Portal <no-reply@portal.example>}") String from,
               @Value("${portal.public-url:http://localhost:8080}") String publicUrl,
               @Value("${portal.mail.lease:PT5M}") Duration lease,
               @Value("${portal.mail.max-attempts:8}") int maxAttempts,
               @Value("${portal.mail.first-retry:PT1M}") Duration firstRetry,
               @Value("${portal.mail.max-retry:PT1H}") Duration maxRetry,
               @Value("${portal.mail.batch:50}") int batch) throws jakarta.mail.internet.AddressException {
        this(outbox, smtp, clock, locks.node(), new InternetAddress(from, true), domainOf(publicUrl), lease,
                maxAttempts, firstRetry, maxRetry, batch, !smtpHost.isBlank());
    }

    OutboxSender(MailOutboxRepository outbox, JavaMailSender smtp, Clock clock, String node, InternetAddress from,
               String messageIdDomain, Duration lease, int maxAttempts, Duration firstRetry, Duration maxRetry,
               int batch, boolean smtpConfigured) {
        if (maxAttempts < 1 || batch < 1) {
            throw new IllegalArgumentException("portal.mail.max-attempts and portal.mail.batch must be at least 1");
        }
        this.outbox = outbox;
        this.smtp = smtp;
        this.clock = clock;
        this.node = node;
        this.from = from;
        this.messageIdDomain = messageIdDomain;
        this.lease = lease;
        this.maxAttempts = maxAttempts;
        this.firstRetry = firstRetry;
        this.maxRetry = maxRetry;
        this.batch = batch;
        this.smtpConfigured = smtpConfigured;
    }

    /** Every few seconds on one node at a time; never without SMTP settings. */
    @Scheduled(initialDelayString = "${portal.mail.send-interval:PT15S}", fixedDelayString = "${portal.mail.send-interval:PT15S}")
    @SchedulerLock(name = "mail-sender", lockAtMostFor = "PT10M")
    public void run() {
        if (smtpConfigured) {
            sendDue();
        }
    }

    /**
     * Sends what is due, a batch at a time, until nothing is due; returns how many were sent.
     * Safe on several nodes at once: each row is claimed by one conditional UPDATE.
     */
    public int sendDue() {
        int abandoned = outbox.failAbandoned(clock.instant(), ABANDONED);
        if (abandoned > 0) {
            log.warn("{} e-mail(s) were being sent by a sender that stopped; marked FAILED, not sent again", abandoned);
        }
        int sent = 0;
        List<Long> due = outbox.due(clock.instant(), batch);
        while (!due.isEmpty()) {
            int taken = 0;
            for (long id : due) {
                Instant now = clock.instant();
                if (outbox.claim(id, node, now, now.plus(lease))) {
                    taken++;
                    if (deliver(id)) {
                        sent++;
                    }
                }
            }
            if (taken == 0 || due.size() < batch) {
                break;
            }
            due = outbox.due(clock.instant(), batch);
        }
        return sent;
    }

    private boolean deliver(long id) {
        OutboxMail mail = outbox.find(id).orElseThrow();
        try {
            smtp.send(message(mail));
        } catch (MailException | MessagingException e) {
            failed(mail, e);
            return false;
        }
        if (!outbox.markSent(id, node, clock.instant())) {
            log.warn("E-mail {} was sent but its lease had been taken over meanwhile", id);
        }
        return true;
    }

    private void failed(OutboxMail mail, Exception e) {
        boolean permanent = e instanceof MessagingException || e instanceof MailParseException
                || e instanceof MailPreparationException || e instanceof MailAuthenticationException;
        Instant next = permanent || mail.attempts() >= maxAttempts ? null : clock.instant().plus(backoff(mail.attempts()));
        String error = describe(e);
        outbox.markFailed(mail.id(), node, error.length() > 1000 ? error.substring(0, 1000) : error, next);
        log.info("E-mail {} attempt {} failed ({}): {}", mail.id(), mail.attempts(),
                next == null ? "given up" : "next at " + next, error);
    }

    /** 1, 2, 4 … times the first retry after attempt 1, 2, 3 …, capped. */
    Duration backoff(int attemptsMade) {
        Duration wait = firstRetry.multipliedBy(1L << Math.min(Math.max(attemptsMade - 1, 0), 20));
        return wait.compareTo(maxRetry) > 0 ? maxRetry : wait;
    }

    MimeMessage message(OutboxMail mail) throws MessagingException {
        MimeMessage message = new OutboxMessage(mail.id(), messageIdDomain);
        MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
        helper.setFrom(from);
        helper.setTo(new InternetAddress(mail.recipientAddress(), true));
        helper.setSubject(mail.subject());
        helper.setText(mail.bodyText(), html(mail));
        message.setHeader("Content-Language", mail.language());
        message.setHeader("X-Portal-Outbox-Id", String.valueOf(mail.id()));
        return message;
    }

    /** The HTML alternative: the plain text, escaped, with the link made clickable. */
    private static String html(OutboxMail mail) {
        String escaped = HtmlUtils.htmlEscape(mail.bodyText()).replace("\n", "<br>\n");
        String link = HtmlUtils.htmlEscape(mail.link());
        escaped = escaped.replace(link, "<a href=\"" + link + "\">" + link + "</a>");
        return "<!DOCTYPE html><html lang=\"" + HtmlUtils.htmlEscape(mail.language()) + "\"><body>"
                + "<p style=\"font-family:sans-serif\">" + escaped + "</p></body></html>";
    }

    private static String describe(Exception e) {
        StringBuilder text = new StringBuilder(e.getClass().getSimpleName()).append(": ").append(e.getMessage());
        Throwable cause = e.getCause();
        if (cause != null && cause != e) {
            text.append(" (").append(cause.getClass().getSimpleName()).append(": ").append(cause.getMessage()).append(")");
        }
        return text.toString().replaceAll("[\\r\\n]+", " ");
    }

    static String domainOf(String publicUrl) {
        try {
            String host = URI.create(publicUrl).getHost();
            return host == null || host.isBlank() ? "localhost" : host;
        } catch (IllegalArgumentException e) {
            return "localhost";
        }
    }

    /** A message whose Message-ID is the outbox row's, so a copy sent twice is recognisably the same e-mail. */
    static final class OutboxMessage extends MimeMessage {
        private final String messageId;

        OutboxMessage(long id, String domain) {
            super(Session.getInstance(new Properties()));
            this.messageId = "<outbox-" + id + "@" + domain + ">";
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
