package com.publisherportal.notification;

import com.publisherportal.common.PublicAccess;
import com.publisherportal.security.CurrentUser;
import com.publisherportal.security.SignInLockedOut;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The notification centre: publishers hear of decisions, staff of new submissions. Each
 * recipient gets their own row, so read state is per person; a user only ever reads their own.
 */
@Service
public class NotificationService {

    /** Times in notification texts: the arguments are stored as text, so they name their zone. */
    private static final DateTimeFormatter LOCK_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final NotificationRepository repository;
    private final CurrentUser currentUser;
    private final Clock clock;

    NotificationService(NotificationRepository repository, CurrentUser currentUser, Clock clock) {
        this.repository = repository;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Tells the account's members (all of them when no roles are given); joins the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    @PublicAccess("Written by services after their own caller check, in their transaction (MANDATORY).")
    public void notifyAccount(long accountId, List<String> roles, String messageKey, String link, Object... arguments) {
        List<String> targetRoles = roles.isEmpty()
                ? List.of("OWNER", "MANAGER", "DEVELOPER", "MARKETER", "FINANCIAL") : roles;
        repository.insertForAccount(accountId, targetRoles, clock.instant(), messageKey, join(arguments), link);
    }

    /** Tells one user (e.g. about their own account's security); joins the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    @PublicAccess("Written by services after their own caller check, in their transaction (MANDATORY).")
    public void notifyUser(long userId, String messageKey, String link, Object... arguments) {
        repository.insertForUser(userId, clock.instant(), messageKey, join(arguments), link);
    }

    /**
     * A user's sign-in was locked: tell them, in the portal, when and from which address, so they
     * notice an attack on their account. The security module publishes the event, outside any
     * transaction; the notification is written in its own.
     */
    @EventListener
    @Transactional
    @PublicAccess("Event listener for SignInLockedOut, published by the sign-in provider before anyone is signed in.")
    public void on(SignInLockedOut event) {
        repository.insertForUser(event.userId(), event.lockedAt(), "notification.sign-in-locked",
                join(LOCK_TIME.format(event.lockedAt()), event.clientAddress(),
                        event.lockedUntil().getEpochSecond() / 60 - event.lockedAt().getEpochSecond() / 60),
                "profile");
    }

    @Transactional(propagation = Propagation.MANDATORY)
    @PublicAccess("Written by services after their own caller check, in their transaction (MANDATORY).")
    public void notifyStaff(String messageKey, String link, Object... arguments) {
        repository.insertForStaff(clock.instant(), messageKey, join(arguments), link);
    }

    @Transactional(readOnly = true)
    public List<PortalNotification> mine(int limit) {
        return repository.latest(currentUser.require().userId(), limit);
    }

    @Transactional(readOnly = true)
    @PublicAccess("Reads only the signed-in user's own count, and 0 for nobody (the bell on every page).")
    public int unreadCount() {
        return currentUser.get().map(u -> repository.unread(u.userId())).orElse(0);
    }

    @Transactional
    public void markRead(long id) {
        repository.markRead(currentUser.require().userId(), id, clock.instant());
    }

    @Transactional
    public void markAllRead() {
        repository.markAllRead(currentUser.require().userId(), clock.instant());
    }

    private static String join(Object... arguments) {
        return arguments.length == 0 ? null : Stream.of(arguments).map(String::valueOf)
                .map(s -> s.replace(NotificationRepository.SEPARATOR, " "))
                .collect(Collectors.joining(NotificationRepository.SEPARATOR));
    }
}
