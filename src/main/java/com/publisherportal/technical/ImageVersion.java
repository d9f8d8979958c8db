package com.publisherportal.technical;

import com.publisherportal.common.ValidationException;
import com.publisherportal.common.ValidationException.Violation;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One image version of a virtual machine plan: its semantic version, operating system, and the
 * image itself, either a VHD given by a shared access signature URL or an Azure compute gallery
 * image version (exactly one of the two).
 */
public record ImageVersion(String version, OsFamily osFamily, String osName, String vhdUrl, String galleryImageId) {

    /** The marketplace copies the VHD after publication: its SAS must be valid at least this much longer. */
    public static final Duration MIN_SAS_VALIDITY = Duration.ofDays(21);

    public ImageVersion {
        version = TechnicalRules.clean(version);
        osName = TechnicalRules.clean(osName);
        vhdUrl = TechnicalRules.clean(vhdUrl);
        galleryImageId = TechnicalRules.clean(galleryImageId);
        List<Violation> violations = new ArrayList<>();
        if (version == null) {
            violations.add(new Violation("imageVersion", "technical.required"));
        }
        TechnicalRules.semanticVersion("imageVersion", version, violations);
        if (osFamily == null) {
            violations.add(new Violation("osFamily", "technical.required"));
        }
        if (osName == null) {
            violations.add(new Violation("osName", "technical.required"));
        } else if (osName.length() > 100) {
            violations.add(new Violation("osName", "technical.too-long", 100));
        }
        if ((vhdUrl == null) == (galleryImageId == null)) {
            violations.add(new Violation("vhdUrl", "technical.image-source-one"));
        } else if (vhdUrl != null) {
            String problem = TechnicalRules.sasProblem(vhdUrl);
            if (problem != null) {
                violations.add(new Violation("vhdUrl", problem));
            }
        } else if (!TechnicalRules.isGalleryImageId(galleryImageId)) {
            violations.add(new Violation("galleryImageId", "technical.gallery-invalid"));
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
    }

    /** When the VHD's signature expires; null for a gallery image. */
    public Instant sasExpiry() {
        return vhdUrl == null ? null : SasUrl.parse(URI.create(vhdUrl)).expiry();
    }

    /** Refuses a VHD whose signature has expired or expires before the marketplace can copy it. */
    void requireUsableAt(Instant now) {
        Instant expiry = sasExpiry();
        if (expiry != null && expiry.isBefore(now.plus(MIN_SAS_VALIDITY))) {
            throw new ValidationException("vhdUrl", expiry.isBefore(now) ? "technical.sas-expired" : "technical.sas-too-short",
                    MIN_SAS_VALIDITY.toDays());
        }
    }
}
