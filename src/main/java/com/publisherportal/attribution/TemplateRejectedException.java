package com.publisherportal.attribution;

import com.publisherportal.common.PortalException;

/**
 * An upload the template checker refuses to look at: not JSON, too big, too deep, or a package
 * that is damaged or tries something (too many entries, paths leaving the archive, a zip bomb).
 */
public class TemplateRejectedException extends PortalException {

    /** Why, with the HTTP status the check API answers. */
    public enum Reason {
        EMPTY(400), NOT_JSON(400), NOT_AN_OBJECT(400), TOO_LARGE(413), TOO_DEEP(400), NOT_ZIP(400),
        TOO_MANY_ENTRIES(413), UNSAFE_PATH(400), DUPLICATE_ENTRY(400), UNCOMPRESSED_TOO_LARGE(413);

        private final int httpStatus;

        Reason(int httpStatus) {
            this.httpStatus = httpStatus;
        }

        public int httpStatus() {
            return httpStatus;
        }

        public String key() {
            return "attribution.check.rejected." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    private final Reason reason;

    public TemplateRejectedException(Reason reason, Object... arguments) {
        super(reason.key(), arguments);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
