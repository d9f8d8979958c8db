package com.publisherportal.attribution;

import com.publisherportal.common.ValidationException;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A customer usage attribution tracking GUID (docs/domain.md, Customer usage attribution): 32 hexadecimal digits in groups
 * 8-4-4-4-12, kept in lower case and without the {@code pid-} prefix that deployments and
 * user agents put in front of it.
 */
public record TrackingGuid(String value) {

    /** The digits each of the five groups needs. */
    static final int[] GROUP_LENGTHS = {8, 4, 4, 4, 12};
    public static final String PID_PREFIX = "pid-";
    /** Partner Center's own tracking IDs read {@code pid-<guid>-partnercenter}. */
    public static final String PARTNER_CENTER_SUFFIX = "-partnercenter";
    private static final Pattern CANONICAL = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    public TrackingGuid {
        if (value == null || !CANONICAL.matcher(value).matches()) {
            throw new IllegalArgumentException("Not a canonical tracking GUID: " + value);
        }
    }

    /** A normalised GUID and what normalising it changed that the user should be told about. */
    public record Parsed(TrackingGuid guid, boolean pidPrefixRemoved, boolean partnerCenterSuffixRemoved) {
    }

    public static TrackingGuid generate() {
        return new TrackingGuid(UUID.randomUUID().toString());
    }

    /**
     * Reads what a person typed or pasted: surrounding spaces, quotes and braces are dropped, upper
     * case is lowered, a {@code pid-} prefix (and a Partner Center {@code -partnercenter} suffix) is
     * removed and reported, and 32 digits without hyphens are grouped. Anything else that is wrong
     * is refused with a message naming the problem, at the field {@code field}.
     */
    public static Parsed parse(String field, String input) {
        String text = input == null ? "" : input.strip();
        text = unwrap(unwrap(unwrap(text, '"', '"'), '\'', '\'').strip(), '{', '}').strip();
        boolean pid = false;
        if (text.regionMatches(true, 0, PID_PREFIX, 0, PID_PREFIX.length())) {
            text = text.substring(PID_PREFIX.length());
            pid = true;
        }
        boolean partnerCenter = false;
        if (pid && text.toLowerCase(Locale.ROOT).endsWith(PARTNER_CENTER_SUFFIX)) {
            text = text.substring(0, text.length() - PARTNER_CENTER_SUFFIX.length());
            partnerCenter = true;
        }
        text = unwrap(text, '{', '}').strip();
        return new Parsed(strict(field, text), pid, partnerCenter);
    }

    /**
     * Reads a GUID exactly as written, e.g. in a deployment name after its {@code pid-} prefix:
     * only case is normalised. Refuses anything else with a message naming the problem.
     */
    public static TrackingGuid strict(String field, String text) {
        List<ValidationException.Violation> problems = problems(field, text);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.indexOf('-') < 0) {
            lower = lower.substring(0, 8) + "-" + lower.substring(8, 12) + "-" + lower.substring(12, 16) + "-"
                    + lower.substring(16, 20) + "-" + lower.substring(20);
        }
        return new TrackingGuid(lower);
    }

    /**
     * What is wrong with {@code text} as a GUID, most fundamental first; empty when it is a GUID.
     * Keys: {@code attribution.guid.required}, {@code .not-hex} (character, position),
     * {@code .digit-count} (digits), {@code .group-count} (groups), {@code .group-length.N}
     * (digits, needed) for group N of 5, and {@code .nil}.
     */
    public static List<ValidationException.Violation> problems(String field, String text) {
        if (text == null || text.isEmpty()) {
            return List.of(new ValidationException.Violation(field, "attribution.guid.required"));
        }
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (c != '-' && !isHexDigit(c)) {
                return List.of(new ValidationException.Violation(field, "attribution.guid.not-hex",
                        describe(c), text.codePointCount(0, i) + 1));
            }
            i += Character.charCount(c);
        }
        if (text.indexOf('-') < 0) {
            if (text.length() != 32) {
                return List.of(new ValidationException.Violation(field, "attribution.guid.digit-count", text.length()));
            }
        } else {
            String[] groups = text.split("-", -1);
            if (groups.length != GROUP_LENGTHS.length) {
                return List.of(new ValidationException.Violation(field, "attribution.guid.group-count", groups.length));
            }
            List<ValidationException.Violation> wrong = new ArrayList<>();
            for (int g = 0; g < groups.length; g++) {
                if (groups[g].length() != GROUP_LENGTHS[g]) {
                    wrong.add(new ValidationException.Violation(field, "attribution.guid.group-length." + (g + 1),
                            groups[g].length(), GROUP_LENGTHS[g]));
                }
            }
            if (!wrong.isEmpty()) {
                return wrong;
            }
        }
        if (text.replace("-", "").chars().allMatch(c -> c == '0')) {
            return List.of(new ValidationException.Violation(field, "attribution.guid.nil"));
        }
        return List.of();
    }

    private static boolean isHexDigit(int c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }

    private static String describe(int codePoint) {
        if (Character.isWhitespace(codePoint) || Character.isISOControl(codePoint)) {
            return String.format(Locale.ROOT, "U+%04X", codePoint);
        }
        return new String(Character.toChars(codePoint));
    }

    private static String unwrap(String text, char open, char close) {
        if (text.length() >= 2 && text.charAt(0) == open && text.charAt(text.length() - 1) == close) {
            return text.substring(1, text.length() - 1);
        }
        return text;
    }

    /** The name of the ARM deployment and the User-Agent token: {@code pid-<guid>}. */
    public String pid() {
        return PID_PREFIX + value;
    }

    @Override
    public String toString() {
        return value;
    }
}
