package com.publisherportal.technical;

import com.publisherportal.common.ValidationException.Violation;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** The shapes technical values must have; each check adds a violation at its field. */
public final class TechnicalRules {

    private static final Pattern GUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    /** {@code n.n.n} as the marketplace asks: three whole numbers without leading zeros. */
    private static final Pattern SEMVER = Pattern.compile("(0|[1-9][0-9]{0,8})\\.(0|[1-9][0-9]{0,8})\\.(0|[1-9][0-9]{0,8})");
    /** Docker's reference grammar: an optional registry host (with a dot or a port), then path components. */
    private static final Pattern REPOSITORY = Pattern.compile(
            "(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*(?::[0-9]{1,5})?/)?"
                    + "[a-z0-9]+(?:(?:\\.|_|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:\\.|_|__|-+)[a-z0-9]+)*)*");
    /** Docker's tag rule: a word character, then up to 127 word characters, dots and dashes. */
    private static final Pattern TAG = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}");
    private static final Pattern GALLERY_IMAGE = Pattern.compile(
            "/subscriptions/" + GUID.pattern() + "/resourceGroups/[-\\w._()]{1,90}/providers/Microsoft\\.Compute/galleries/"
                    + "[A-Za-z0-9._]{1,80}/images/[A-Za-z0-9._-]{1,80}/versions/[0-9]+\\.[0-9]+\\.[0-9]+", Pattern.CASE_INSENSITIVE);

    private TechnicalRules() {
    }

    public static boolean isGuid(String value) {
        return value != null && GUID.matcher(value).matches();
    }

    public static boolean isSemanticVersion(String value) {
        return value != null && SEMVER.matcher(value).matches();
    }

    /** Null for an absent value; otherwise trimmed. */
    static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static void httpsUrl(String field, String value, List<Violation> violations) {
        if (value == null) {
            return;
        }
        if (value.length() > 2000) {
            violations.add(new Violation(field, "technical.too-long", 2000));
            return;
        }
        try {
            URI uri = new URI(value);
            if (uri.getScheme() == null || uri.getHost() == null || !uri.getHost().contains(".")) {
                violations.add(new Violation(field, "technical.url-invalid"));
            } else if (!"https".equalsIgnoreCase(uri.getScheme())) {
                violations.add(new Violation(field, "technical.url-not-https"));
            }
        } catch (URISyntaxException e) {
            violations.add(new Violation(field, "technical.url-invalid"));
        }
    }

    static void guid(String field, String value, List<Violation> violations) {
        if (value != null && !isGuid(value)) {
            violations.add(new Violation(field, "technical.guid-invalid"));
        }
    }

    static void semanticVersion(String field, String value, List<Violation> violations) {
        if (value != null && !isSemanticVersion(value)) {
            violations.add(new Violation(field, "technical.version-invalid"));
        }
    }

    static void repository(String field, String value, List<Violation> violations) {
        if (value != null && (value.length() > 255 || !REPOSITORY.matcher(value).matches())) {
            violations.add(new Violation(field, "technical.repository-invalid"));
        }
    }

    static void tag(String field, String value, List<Violation> violations) {
        if (value != null && !TAG.matcher(value).matches()) {
            violations.add(new Violation(field, "technical.tag-invalid"));
        }
    }

    static boolean isGalleryImageId(String value) {
        return value != null && value.length() <= 1000 && GALLERY_IMAGE.matcher(value).matches();
    }

    /**
     * The shape of a VHD's shared access signature URL: https, an Azure blob storage host, and the
     * signature's version, signature and expiry. Null when it is well formed, else the message key.
     */
    static String sasProblem(String value) {
        if (value.length() > 2000) {
            return "technical.sas-invalid";
        }
        try {
            URI uri = new URI(value);
            if (!"https".equalsIgnoreCase(uri.getScheme())) {
                return "technical.url-not-https";
            }
            String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
            if (!host.endsWith(".blob.core.windows.net") || host.length() == ".blob.core.windows.net".length()
                    || uri.getPath() == null || uri.getPath().length() < 2) {
                return "technical.sas-host";
            }
            SasUrl sas = SasUrl.parse(uri);
            if (sas.version() == null || sas.signature() == null || sas.expiry() == null) {
                return "technical.sas-parameters";
            }
            return null;
        } catch (URISyntaxException | IllegalArgumentException e) {
            return "technical.sas-invalid";
        }
    }
}
