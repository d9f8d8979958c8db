package com.publisherportal.technical;

import com.publisherportal.common.ValidationException;
import com.publisherportal.common.ValidationException.Violation;

import java.util.ArrayList;
import java.util.List;

/**
 * A SaaS offer's technical settings: where the marketplace sends a new subscriber (landing page)
 * and its subscription events (webhook), and the Microsoft Entra application that calls the
 * fulfilment API. Each may be empty while the publisher works on it; submission needs all four.
 */
public record SaasSettings(String landingPageUrl, String webhookUrl, String tenantId, String applicationId) {

    public static final SaasSettings EMPTY = new SaasSettings(null, null, null, null);

    public SaasSettings {
        landingPageUrl = TechnicalRules.clean(landingPageUrl);
        webhookUrl = TechnicalRules.clean(webhookUrl);
        tenantId = TechnicalRules.clean(tenantId);
        applicationId = TechnicalRules.clean(applicationId);
        List<Violation> violations = new ArrayList<>();
        TechnicalRules.httpsUrl("landingPageUrl", landingPageUrl, violations);
        TechnicalRules.httpsUrl("webhookUrl", webhookUrl, violations);
        TechnicalRules.guid("tenantId", tenantId, violations);
        TechnicalRules.guid("applicationId", applicationId, violations);
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
    }

    /** The fields still empty, by name. */
    List<String> missing() {
        List<String> missing = new ArrayList<>();
        if (landingPageUrl == null) missing.add("landingPageUrl");
        if (webhookUrl == null) missing.add("webhookUrl");
        if (tenantId == null) missing.add("tenantId");
        if (applicationId == null) missing.add("applicationId");
        return missing;
    }
}
