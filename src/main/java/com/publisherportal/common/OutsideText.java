package com.publisherportal.common;

/**
 * Text that comes from outside the portal (the lead intake, the storefront's forms, sign-up, the
 * names of uploaded files), made safe to store and to show before anything else looks at it:
 * control characters (C0, DEL, C1), the bidirectional overrides and isolates that make text read
 * differently from how it is stored (U+202A–U+202E, U+2066–U+2069), and lone surrogates (which no
 * encoding can write, so a JSON answer carrying one would be invalid) are removed. Free text keeps
 * its tabs and line breaks; a single-line value has them turned into spaces.
 */
public final class OutsideText {

    private OutsideText() {
    }

    /** A one-line value (a name, an address, a file name); null stays null. */
    public static String singleLine(String text) {
        return clean(text, false);
    }

    /** Free text (a description, a message): tabs and line breaks are kept. */
    public static String multiLine(String text) {
        return clean(text, true);
    }

    /**
     * An uploaded file's name, safe to store and to send back in a download header: cleaned as
     * above, without its folders or quotes, at most 200 characters (its end, which holds the
     * extension); empty when nothing is left.
     */
    public static String fileName(String name) {
        String base = name == null ? "" : singleLine(name).replaceAll(".*[/\\\\]", "").replace("\"", "").strip();
        return base.length() > 200 ? base.substring(base.length() - 200) : base;
    }

    private static String clean(String text, boolean multiLine) {
        if (text == null) {
            return null;
        }
        int length = text.length();
        int i = 0;
        while (i < length && fate(text, i, multiLine) == Fate.KEEP) {
            i += Character.charCount(text.codePointAt(i));
        }
        if (i == length) {
            return text;
        }
        StringBuilder clean = new StringBuilder(length);
        clean.append(text, 0, i);
        while (i < length) {
            int codePoint = text.codePointAt(i);
            switch (fate(text, i, multiLine)) {
                case KEEP -> clean.appendCodePoint(codePoint);
                case SPACE -> clean.append(' ');
                default -> {
                }
            }
            i += Character.charCount(codePoint);
        }
        return clean.toString();
    }

    private enum Fate { KEEP, SPACE, DROP }

    private static Fate fate(String text, int index, boolean multiLine) {
        int c = text.codePointAt(index);
        if (c == '\t' || c == '\n' || c == '\r') {
            return multiLine ? Fate.KEEP : Fate.SPACE;
        }
        if (c < 0x20 || c >= 0x7F && c <= 0x9F) {
            return Fate.DROP;
        }
        if (c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069) {
            return Fate.DROP;
        }
        // codePointAt returns a surrogate's own value only when it has no partner.
        return Character.isSurrogate((char) c) && c <= 0xFFFF ? Fate.DROP : Fate.KEEP;
    }
}
