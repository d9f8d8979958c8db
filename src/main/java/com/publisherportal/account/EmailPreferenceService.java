package com.publisherportal.account;

import com.publisherportal.common.ConflictException;
import com.publisherportal.common.PublicAccess;
import com.publisherportal.security.AccountRole;
import com.publisherportal.security.CurrentUser;
import com.publisherportal.security.PortalUser;
import com.publisherportal.audit.AuditService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which e-mails each user receives and in which language: the user's own choice in their profile,
 * and the recipients the mail module writes to (only enabled users who have not turned the topic off).
 */
@Service
public class EmailPreferenceService {

    private final EmailPreferenceRepository preferences;
    private final AppUserRepository users;
    private final CurrentUser currentUser;
    private final AuditService audit;

    EmailPreferenceService(EmailPreferenceRepository preferences, AppUserRepository users, CurrentUser currentUser,
                           AuditService audit) {
        this.preferences = preferences;
        this.users = users;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /** The signed-in user's choices (the defaults until they save some). */
    @Transactional(readOnly = true)
    public EmailPreferences mine() {
        long userId = currentUser.require().userId();
        return preferences.find(userId).orElseGet(() ->
                EmailPreferences.defaults(users.findById(userId).map(AppUser::preferredLanguage).orElse("en")));
    }

    /** Saves the signed-in user's choices; {@code choices.version()} is the version they read. */
    @Transactional
    public EmailPreferences changeMine(EmailPreferences choices) {
        PortalUser user = currentUser.require();
        if (!preferences.save(user.userId(), choices)) {
            throw new ConflictException("email-preferences.changed");
        }
        audit.record(user.accountId(), "user", String.valueOf(user.userId()), "EMAIL_PREFERENCES_CHANGED",
                choices.topics().stream().map(Enum::name).sorted().collect(Collectors.joining(","))
                        + " " + choices.language());
        return mine();
    }

    /** One user, if they are enabled and receive {@code topic}. */
    @Transactional(propagation = Propagation.MANDATORY)
    @PublicAccess("Read by the mail module inside a service call that checked its caller (MANDATORY).")
    public Optional<EmailRecipient> recipient(long userId, EmailTopic topic) {
        return preferences.recipients(userId, null, Set.of(), topic).stream().findFirst();
    }

    /** The account's enabled members with one of {@code roles} (all when none) who receive {@code topic}. */
    @Transactional(propagation = Propagation.MANDATORY)
    @PublicAccess("Read by the mail module inside a service call that checked its caller (MANDATORY).")
    public List<EmailRecipient> recipients(long accountId, EmailTopic topic, AccountRole... roles) {
        return preferences.recipients(null, accountId, names(roles), topic);
    }

    /** Every publisher user with one of {@code roles} who receives {@code topic}: the digests' recipients. */
    @Transactional(readOnly = true)
    @PublicAccess("Read by scheduled digest jobs, which run without a caller.")
    public List<EmailRecipient> subscribers(EmailTopic topic, AccountRole... roles) {
        return preferences.recipients(null, null, names(roles), topic).stream()
                .filter(r -> r.accountId() != null).toList();
    }

    private static Set<String> names(AccountRole... roles) {
        return Arrays.stream(roles).map(Enum::name).collect(Collectors.toSet());
    }
}
