package com.publisherportal.leads;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** The intake rules of docs/domain.md, Leads and the word lists the score uses. */
public final class LeadRules {

    /** Values starting with this mark the marketplace's test leads. */
    public static final String TEST_MARKER = "MSFT_TEST";

    /** Consumer mailbox providers: an address there says nothing about a business. */
    private static final Set<String> FREE_MAIL = Set.of("gmail.com", "googlemail.com", "outlook.com", "hotmail.com",
            "hotmail.fr", "live.com", "live.fr", "msn.com", "yahoo.com", "yahoo.fr", "ymail.com", "icloud.com",
            "me.com", "mac.com", "aol.com", "gmx.com", "gmx.de", "gmx.net", "web.de", "proton.me", "protonmail.com",
            "mail.com", "mail.ru", "yandex.ru", "yandex.com", "qq.com", "163.com", "126.com", "orange.fr", "free.fr",
            "laposte.net", "wanadoo.fr", "zoho.com", "tutanota.com");

    private static final Pattern SENIOR = Pattern.compile(
            "\\b(chief|c[eitfmo]o|cxo|president|vp|vice[- ]president|director|directeur|directrice|head|founder|co-founder|owner|partner|dg|pdg)\\b");
    private static final Pattern MIDDLE = Pattern.compile(
            "\\b(manager|lead|principal|architect|responsable|chef|senior)\\b");

    private LeadRules() {
    }

    /** The domain of an e-mail address, lower-cased, or null. */
    public static String domain(String email) {
        if (email == null) {
            return null;
        }
        int at = email.lastIndexOf('@');
        return at < 0 || at == email.length() - 1 ? null : email.substring(at + 1).trim().toLowerCase(Locale.ROOT);
    }

    /** An educational address ({@code .edu}, also national forms such as {@code .edu.au}). */
    public static boolean isEducational(String email) {
        String domain = domain(email);
        return domain != null && (domain.endsWith(".edu") || domain.contains(".edu."));
    }

    public static boolean isFreeMail(String domain) {
        return domain != null && FREE_MAIL.contains(domain);
    }

    /** 2 for senior titles (director, VP, chief, head, founder…), 1 for managers and leads, 0 otherwise. */
    public static int seniority(String title) {
        if (title == null || title.isBlank()) {
            return 0;
        }
        String lower = title.toLowerCase(Locale.ROOT);
        if (SENIOR.matcher(lower).find()) {
            return 2;
        }
        return MIDDLE.matcher(lower).find() ? 1 : 0;
    }
}
