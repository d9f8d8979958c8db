package com.publisherportal.campaigns;

/**
 * What a test drive's kind needs besides the common fields (all null for an ARM test drive):
 * a Dynamics 365 test drive names the instance, the Logic App that provisions each customer, the
 * Entra application the Logic App signs in with and the security role given to the customer; a
 * Power BI test drive links to the report. {@link TestDriveRules} checks them per kind.
 */
public record TestDriveSettings(String instanceUrl, String logicAppTriggerUrl, String entraAppId, String securityRole,
                                String reportUrl) {

    public static TestDriveSettings none() {
        return new TestDriveSettings(null, null, null, null, null);
    }

    public TestDriveSettings {
        instanceUrl = blankToNull(instanceUrl);
        logicAppTriggerUrl = blankToNull(logicAppTriggerUrl);
        entraAppId = blankToNull(entraAppId);
        securityRole = blankToNull(securityRole);
        reportUrl = blankToNull(reportUrl);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
