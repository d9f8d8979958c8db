package com.publisherportal.account;

import java.security.SecureRandom;

/** One-time passwords handed to a new user, who must replace them at first sign-in. */
final class OneTimePasswords {

    // No 0/O, 1/l/I: the password is read aloud or copied by hand.
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private OneTimePasswords() {
    }

    /** Four groups of four characters, about 92 bits of randomness. */
    static String generate() {
        StringBuilder sb = new StringBuilder(19);
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) {
                sb.append('-');
            }
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
