package com.publisherportal.technical;

import com.publisherportal.attribution.CheckReport;

import java.time.Instant;
import java.util.List;

/**
 * An Azure application's package as stored: its file, size and version, and the customer usage
 * attribution report it was checked with when uploaded (attached to the submission).
 */
public record AppPackage(String fileName, long size, String version, CheckReport.Verdict verdict,
                         List<PackageFinding> findings, Instant checkedAt) {

    public AppPackage {
        findings = List.copyOf(findings);
    }

    /** One finding of the check: severity and its message key with arguments, as text. */
    public record PackageFinding(CheckReport.Severity severity, String key, List<String> arguments) {
        public PackageFinding {
            arguments = List.copyOf(arguments);
        }
    }
}
