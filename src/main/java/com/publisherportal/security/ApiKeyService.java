package com.publisherportal.security;

import com.publisherportal.common.PublicAccess;
import com.publisherportal.common.NotFoundException;
import com.publisherportal.common.ValidationException;
import com.publisherportal.common.AuditEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * API keys for the portal's HTTP APIs. A key reads {@code ppk_<keyId>_<secret>}: the key id
 * finds the row, the secret (190 random bits) is compared with its SHA-256 hash. A fast hash
 * is enough because the secret is random, not chosen by a person.
 */
@Service
public class ApiKeyService {

    /** A key as shown once, right after it was created. */
    public record CreatedKey(ApiKey key, String plainText) {
    }

    private static final Pattern FORMAT = Pattern.compile("ppk_([a-z0-9]{8,16})_([A-Za-z0-9]{20,64})");
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiKeyRepository keys;
    private final CallerRepository callers;
    private final AccountAccess access;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ApiKeyService(ApiKeyRepository keys, CallerRepository callers, AccountAccess access, CurrentUser currentUser,
                  ApplicationEventPublisher events, Clock clock) {
        this.keys = keys;
        this.callers = callers;
        this.access = access;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    public List<ApiKey> list(long accountId) {
        access.requireMember(accountId, AccountRole.OWNER, AccountRole.MANAGER);
        return keys.findByAccountIdOrderByCreatedAtDesc(accountId);
    }

    @Transactional
    public CreatedKey create(long accountId, String name, Set<ApiScope> scopes) {
        access.requireMember(accountId, AccountRole.OWNER, AccountRole.MANAGER);
        String trimmed = name == null ? "" : name.trim();
        if (trimmed.isEmpty() || trimmed.length() > 100) {
            throw new ValidationException("name", "apikey.name.invalid", 100);
        }
        if (scopes == null || scopes.isEmpty()) {
            throw new ValidationException("scopes", "apikey.scopes.required");
        }
        String keyId = random("abcdefghijklmnopqrstuvwxyz0123456789", 12);
        String secret = random(ALPHABET, 32);
        CreatedKey created = store(accountId, trimmed, keyId, secret, scopes, currentUser.require().userId());
        events.publishEvent(new AuditEvent(accountId, "api-key", String.valueOf(created.key().id()), "API_KEY_CREATED",
                trimmed + " [" + created.key().scopes() + "]"));
        return created;
    }

    /**
     * Stores a key with a known secret, for {@link #create} (which checked the caller). Not public:
     * the demo data writes its keys through {@link ApiKeyRepository} ({@code demo-data}) with
     * {@link ApiKey#withSecret}.
     */
    CreatedKey store(long accountId, String name, String keyId, String secret, Set<ApiScope> scopes, long createdBy) {
        ApiKey key = keys.save(ApiKey.withSecret(accountId, name, keyId, secret, scopes, createdBy, clock.instant()));
        return new CreatedKey(key, "ppk_" + keyId + "_" + secret);
    }

    @Transactional
    public void revoke(long accountId, long keyId) {
        access.requireMember(accountId, AccountRole.OWNER, AccountRole.MANAGER);
        ApiKey key = keys.findById(keyId).filter(k -> k.accountId() == accountId)
                .orElseThrow(() -> new NotFoundException("api-key"));
        if (key.active()) {
            keys.save(key.revoked(clock.instant()));
            events.publishEvent(new AuditEvent(accountId, "api-key", String.valueOf(keyId), "API_KEY_REVOKED", key.name()));
        }
    }

    /**
     * The keys of the account with what they may do now, for the API keys page: suspended, or
     * partly, when their creator is no longer an active member or their role no longer allows
     * a scope.
     */
    @Transactional(readOnly = true)
    public List<ApiKeyStatus> statuses(long accountId) {
        List<ApiKey> list = list(accountId);
        Map<Long, CallerRepository.Standing> creators = callers.standings(accountId,
                list.stream().map(ApiKey::createdBy).collect(Collectors.toSet()));
        return list.stream().map(k -> ApiKeyStatus.of(k, creators.get(k.createdBy()))).toList();
    }

    /** The caller behind a presented key, or empty when it is malformed, unknown, revoked or suspended. */
    @Transactional
    @PublicAccess("The API key filter calls it before anyone is authenticated: the presented key is the credential it checks.")
    public Optional<ApiCaller> authenticate(String presented) {
        return check(presented).caller();
    }

    /** What presenting a key comes to: its caller, or a refusal (and whether the key is a suspended one). */
    record Check(Optional<ApiCaller> caller, boolean suspended) {
        static final Check REFUSED = new Check(Optional.empty(), false);
    }

    /**
     * Checks a presented key and resolves its creator's CURRENT standing in the key's account: a
     * key whose creator is deactivated or no longer a member is refused (suspended); otherwise the
     * caller carries the creator's role and only the key's scopes that role still allows.
     */
    @Transactional
    Check check(String presented) {
        if (presented == null) {
            return Check.REFUSED;
        }
        var matcher = FORMAT.matcher(presented.trim());
        if (!matcher.matches()) {
            return Check.REFUSED;
        }
        Optional<ApiKey> found = keys.findByKeyId(matcher.group(1));
        byte[] presentedHash = hash(matcher.group(2)).getBytes(StandardCharsets.US_ASCII);
        if (found.isEmpty() || !found.get().active()
                || !MessageDigest.isEqual(presentedHash, found.get().secretHash().getBytes(StandardCharsets.US_ASCII))) {
            return Check.REFUSED;
        }
        ApiKey key = found.get();
        CallerRepository.Standing creator = callers.standings(key.accountId(), Set.of(key.createdBy())).get(key.createdBy());
        if (creator == null || !creator.active()) {
            return new Check(Optional.empty(), true);
        }
        Set<ApiScope> scopes = EnumSet.noneOf(ApiScope.class);
        key.scopeSet().stream().filter(s -> s.allowedFor(creator.role())).forEach(scopes::add);
        Instant now = clock.instant();
        keys.touch(key.id(), now, now.minus(Duration.ofMinutes(1)));
        return new Check(Optional.of(new ApiCaller(key.id(), key.name(), key.accountId(), scopes, key.createdBy(),
                creator.role())), false);
    }

    static String hash(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String random(String alphabet, int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return sb.toString();
    }
}
