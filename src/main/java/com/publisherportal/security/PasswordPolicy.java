package com.publisherportal.security;

import com.publisherportal.common.ValidationException.Violation;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The portal's password rule: at least 12 characters, not the e-mail, not a common password.
 * At most 64 characters and 72 bytes, because bcrypt ignores anything longer.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 64;
    private static final int MAX_BYTES = 72;

    private final Set<String> commonPasswords;

    PasswordPolicy() {
        this.commonPasswords = load();
    }

    /** The first rule the password breaks, as an I18N key with arguments. */
    public Optional<Violation> check(String field, String password, String email) {
        List<Violation> violations = new ArrayList<>();
        String pw = password == null ? "" : password;
        int length = pw.codePointCount(0, pw.length());
        if (length < MIN_LENGTH) {
            return Optional.of(new Violation(field, "password.too-short", MIN_LENGTH));
        }
        if (length > MAX_LENGTH || pw.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of(new Violation(field, "password.too-long", MAX_LENGTH));
        }
        String lower = pw.toLowerCase(Locale.ROOT);
        if (email != null && !email.isBlank()) {
            String mail = email.trim().toLowerCase(Locale.ROOT);
            String localPart = mail.contains("@") ? mail.substring(0, mail.indexOf('@')) : mail;
            if (lower.equals(mail) || lower.equals(localPart)) {
                violations.add(new Violation(field, "password.is-email"));
            }
        }
        if (violations.isEmpty() && (commonPasswords.contains(lower) || isTrivial(lower))) {
            violations.add(new Violation(field, "password.common"));
        }
        return violations.stream().findFirst();
    }

    /** One repeated character, or a run of consecutive characters like "123456789012" or "abcdefghijkl". */
    private static boolean isTrivial(String pw) {
        boolean repeated = pw.chars().distinct().count() == 1;
        boolean ascending = true;
        boolean descending = true;
        for (int i = 1; i < pw.length(); i++) {
            int step = pw.charAt(i) - pw.charAt(i - 1);
            boolean wraps = pw.charAt(i - 1) == '9' && pw.charAt(i) == '0';
            ascending &= step == 1 || wraps;
            descending &= step == -1;
        }
        return repeated || ascending || descending;
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        var resource = new ClassPathResource("security/common-passwords.txt");
        try (var reader = new BufferedReader(new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
            reader.lines().map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(l -> l.toLowerCase(Locale.ROOT)).forEach(words::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
