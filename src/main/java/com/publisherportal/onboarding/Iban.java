package com.publisherportal.onboarding;

import com.publisherportal.common.ValidationException;

import java.math.BigInteger;
import java.util.Locale;

/** An international bank account number, checked by its ISO 13616 mod-97 checksum. */
public record Iban(String value) {

    public Iban {
        if (value == null || !value.matches("[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}")) {
            throw new ValidationException("iban", "registration.iban.shape");
        }
        String rearranged = value.substring(4) + value.substring(0, 4);
        StringBuilder digits = new StringBuilder();
        for (char c : rearranged.toCharArray()) {
            digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
        }
        if (new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue() != 1) {
            throw new ValidationException("iban", "registration.iban.checksum");
        }
    }

    /** Accepts the usual ways of writing an IBAN: spaces, lower case. */
    public static Iban parse(String input) {
        return new Iban(input == null ? null : input.replace(" ", "").toUpperCase(Locale.ROOT));
    }

    /** Groups of four, as printed on bank statements. */
    public String formatted() {
        return value.replaceAll("(.{4})(?!$)", "$1 ");
    }
}
