package com.publisherportal.common.export;

/**
 * Text cells that a spreadsheet would run as a formula (leading {@code = + - @}, tab or carriage
 * return) are neutralised; numbers are never passed through here, so real numbers stay intact.
 */
public final class FormulaGuard {

    private FormulaGuard() {
    }

    public static boolean isDangerous(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    /** The text as a CSV cell: a leading apostrophe makes spreadsheets read it as plain text. */
    public static String neutralise(String text) {
        return isDangerous(text) ? "'" + text : text;
    }
}
