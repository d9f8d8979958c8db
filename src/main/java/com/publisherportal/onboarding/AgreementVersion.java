package com.publisherportal.onboarding;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * One published version of an agreement, in English and French, with what changed since the
 * previous one. The texts are plain text (shown as text, never as markup). {@code publishedBy}
 * is null for the first versions shipped with the portal.
 */
public record AgreementVersion(long id, AgreementKind kind, int number, String titleEn, String titleFr,
                               String bodyEn, String bodyFr, String changesEn, String changesFr,
                               Long publishedBy, Instant publishedAt) {

    public AgreementVersion {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(publishedAt, "publishedAt");
        if (number < 1) {
            throw new IllegalArgumentException("version number " + number);
        }
        for (String text : new String[]{titleEn, titleFr, bodyEn, bodyFr, changesEn, changesFr}) {
            if (text == null || text.isBlank()) {
                throw new IllegalArgumentException("an agreement version has every text in both languages");
            }
        }
    }

    private static boolean french(Locale locale) {
        return locale != null && "fr".equals(locale.getLanguage());
    }

    public String title(Locale locale) {
        return french(locale) ? titleFr : titleEn;
    }

    public String body(Locale locale) {
        return french(locale) ? bodyFr : bodyEn;
    }

    public String changes(Locale locale) {
        return french(locale) ? changesFr : changesEn;
    }
}
