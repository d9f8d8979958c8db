package com.publisherportal.campaigns;

import com.publisherportal.common.ValidationException.Violation;
import com.publisherportal.onboarding.OfferType;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The rules of a test drive's form, per kind (docs/domain.md, Go-to-market): each broken rule
 * names its field. Instance counts are 0 to {@link #INSTANCES_MAX} each and at least one in all for
 * the kinds that keep instances; the duration is a whole number of hours, 1 to {@link #HOURS_MAX}.
 */
public final class TestDriveRules {

    public static final int INSTANCES_MAX = 50;
    public static final int HOURS_MAX = 99;
    public static final int URL_MAX = 2000;
    public static final int INSTANCE_URL_MAX = 500;
    public static final int ROLE_MAX = 100;

    private static final Pattern GUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private TestDriveRules() {
    }

    /** The form's broken rules for an offer of {@code offerType}; empty when it may be saved. */
    public static List<Violation> check(OfferType offerType, GoToMarketService.TestDriveForm form) {
        List<Violation> v = new ArrayList<>();
        TestDriveType type = form.type();
        if (type == null) {
            v.add(new Violation("type", "testdrive.type.required"));
        } else if (!type.suits(offerType)) {
            v.add(new Violation("type", "testdrive.type.not-for-offer", type, offerType));
        }
        if (type == null || type.keepsInstances()) {
            int hot = count(v, "hotInstances", form.hotInstances());
            int warm = count(v, "warmInstances", form.warmInstances());
            int cold = count(v, "coldInstances", form.coldInstances());
            if (hot == 0 && warm == 0 && cold == 0) {
                v.add(new Violation("hotInstances", "testdrive.instances.at-least-one"));
            }
        }
        if (form.durationHours() == null || form.durationHours() < 1 || form.durationHours() > HOURS_MAX) {
            v.add(new Violation("durationHours", "testdrive.duration.range", 1, HOURS_MAX));
        }
        if (type == null || type.deploysToRegions()) {
            List<String> regions = form.regions() == null ? List.of() : form.regions();
            if (regions.isEmpty()) {
                v.add(new Violation("regions", "testdrive.regions.required"));
            } else if (!AzureRegions.ALL.containsAll(regions)) {
                v.add(new Violation("regions", "testdrive.regions.unknown"));
            }
        }
        TestDriveSettings s = form.settings();
        if (type == TestDriveType.HOSTED_DYNAMICS_365) {
            httpsUrl(v, "instanceUrl", s.instanceUrl(), INSTANCE_URL_MAX, ".dynamics.com", "testdrive.instance-url.rule");
            httpsUrl(v, "logicAppTriggerUrl", s.logicAppTriggerUrl(), URL_MAX, ".logic.azure.com", "testdrive.logic-app.rule");
            if (s.entraAppId() == null) {
                v.add(new Violation("entraAppId", "testdrive.entra-app.required"));
            } else if (!GUID.matcher(s.entraAppId()).matches()) {
                v.add(new Violation("entraAppId", "testdrive.entra-app.rule"));
            }
            if (s.securityRole() == null || s.securityRole().length() > ROLE_MAX) {
                v.add(new Violation("securityRole", "testdrive.security-role.rule", ROLE_MAX));
            }
        } else if (type == TestDriveType.POWER_BI) {
            httpsUrl(v, "reportUrl", s.reportUrl(), URL_MAX, "powerbi.com", "testdrive.report-url.rule");
        }
        String description = form.description() == null ? "" : form.description().trim();
        if (description.isEmpty() || description.length() > TestDrive.DESCRIPTION_MAX) {
            v.add(new Violation("description", "testdrive.text.length", TestDrive.DESCRIPTION_MAX));
        }
        String accessInfo = form.accessInfo() == null ? "" : form.accessInfo().trim();
        if (accessInfo.isEmpty() || accessInfo.length() > TestDrive.ACCESS_INFO_MAX) {
            v.add(new Violation("accessInfo", "testdrive.text.length", TestDrive.ACCESS_INFO_MAX));
        }
        return v;
    }

    private static int count(List<Violation> v, String field, Integer value) {
        if (value == null || value < 0 || value > INSTANCES_MAX) {
            v.add(new Violation(field, "testdrive.instances.range", 0, INSTANCES_MAX));
            return -1;
        }
        return value;
    }

    /** An https address whose host is (or ends with) {@code hostSuffix}, e.g. a Dynamics 365 environment. */
    private static void httpsUrl(List<Violation> v, String field, String value, int max, String hostSuffix, String ruleKey) {
        if (value == null) {
            v.add(new Violation(field, "testdrive.url.required"));
            return;
        }
        if (value.length() > max) {
            v.add(new Violation(field, "testdrive.url.too-long", max));
            return;
        }
        try {
            URI uri = new URI(value);
            String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
            String suffix = hostSuffix.startsWith(".") ? hostSuffix : "." + hostSuffix;
            boolean hostOk = host.endsWith(suffix) || host.equals(suffix.substring(1));
            if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.getUserInfo() != null || !hostOk) {
                v.add(new Violation(field, ruleKey));
            }
        } catch (URISyntaxException e) {
            v.add(new Violation(field, ruleKey));
        }
    }
}
