package com.publisherportal.attribution;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * What the template checker found: every tracking deployment with where it is, the GUID it
 * resolves to and what is wrong with it, plus findings about the upload as a whole. Texts are
 * I18N keys with arguments, so the portal and the HTTP API can show them in either language.
 */
public record CheckReport(String mainTemplate, List<String> files, List<TrackingDeployment> trackingDeployments,
                          List<Finding> findings) {

    public CheckReport {
        files = List.copyOf(files);
        trackingDeployments = List.copyOf(trackingDeployments);
        findings = List.copyOf(findings);
    }

    public enum Severity {
        INFO, WARNING, ERROR
    }

    /** The overall answer for a build pipeline: an error means tracking will not work as it stands. */
    public enum Verdict {
        OK, WARNING, ERROR
    }

    /** Where a tracking deployment was found; only the main template counts. */
    public enum Placement {
        /** A resource (or child resource) of mainTemplate.json / azuredeploy.json itself. */
        MAIN,
        /** Inside the inline template of another deployment in the main template. */
        NESTED,
        /** In another template file of the package, which the main template links to. */
        LINKED
    }

    public enum RegistrationStatus {
        REGISTERED,
        /** Registered to this publisher but retired. */
        RETIRED,
        /** Not in this publisher's registry: unknown, or another publisher's (never said which). */
        NOT_REGISTERED_TO_YOU
    }

    /** One observation: its severity and its text as an I18N key with arguments. */
    public record Finding(Severity severity, String key, List<Object> arguments) {

        public Finding {
            arguments = List.copyOf(arguments);
        }

        public static Finding of(Severity severity, String key, Object... arguments) {
            return new Finding(severity, key, List.of(arguments));
        }
    }

    /**
     * A {@code Microsoft.Resources/deployments} resource named {@code pid-…}. {@code guid} is null
     * when the name does not resolve to a well-formed GUID; {@code registration} and the offer are
     * null unless it does.
     */
    public record TrackingDeployment(String file, String path, Placement placement, String nameAsWritten,
                                     String resolvedName, String guid, boolean partnerCenter,
                                     RegistrationStatus registration, String offerId, String offerName,
                                     String condition, String apiVersion, List<Finding> findings) {

        public TrackingDeployment {
            findings = List.copyOf(findings);
        }

        public boolean wellFormed() {
            return guid != null;
        }
    }

    public Verdict verdict() {
        Severity worst = allFindings().map(Finding::severity).max(Comparator.naturalOrder()).orElse(Severity.INFO);
        return switch (worst) {
            case ERROR -> Verdict.ERROR;
            case WARNING -> Verdict.WARNING;
            case INFO -> Verdict.OK;
        };
    }

    /** The findings about the upload and about each tracking deployment. */
    public Stream<Finding> allFindings() {
        return Stream.concat(findings.stream(), trackingDeployments.stream().flatMap(d -> d.findings().stream()));
    }
}
