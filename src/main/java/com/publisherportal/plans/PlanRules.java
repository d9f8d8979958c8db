package com.publisherportal.plans;

import java.util.regex.Pattern;

/** The limits of a plan's fields (issue 16; domain.md 10), shared by the records, the service and the editor. */
public final class PlanRules {

    public static final int PLAN_ID_MAX = 50;
    public static final int NAME_MAX = 50;
    public static final int SUMMARY_MAX = 100;
    public static final int DESCRIPTION_MAX = 2000;
    public static final int MAX_TENANTS = 20_000;
    /** A CSV of 20,000 GUIDs with line ends and a header is under 800 kB; anything much larger is refused unread. */
    public static final int MAX_TENANT_UPLOAD_BYTES = 1_000_000;
    public static final int DIMENSION_NAME_MAX = 100;
    public static final int UNIT_MAX = 50;
    public static final int VM_SIZE_MAX = 100;
    /** Prices up to a million USD, with at most four decimals (hourly prices need more than cents). */
    public static final java.math.BigDecimal PRICE_MAX = new java.math.BigDecimal("1000000");
    public static final int PRICE_SCALE = 4;
    public static final int SEATS_MAX = 1_000_000;

    private static final Pattern ID = Pattern.compile("[a-z0-9_-]{1," + PLAN_ID_MAX + "}");
    private static final Pattern GUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern VM_SIZE = Pattern.compile("[A-Za-z0-9_]{1," + VM_SIZE_MAX + "}");

    private PlanRules() {
    }

    /** A plan id or a meter dimension id: lowercase letters, digits, '-' and '_', at most 50. */
    public static boolean validId(String id) {
        return id != null && ID.matcher(id).matches();
    }

    public static boolean validGuid(String value) {
        return value != null && GUID.matcher(value).matches();
    }

    /** An Azure VM size name as the marketplace writes it, e.g. Standard_D2s_v5. */
    public static boolean validVmSize(String value) {
        return value != null && VM_SIZE.matcher(value).matches();
    }

    /** A USD or local price: not negative, at most a million, at most four decimals. */
    public static boolean validPrice(java.math.BigDecimal price) {
        return price != null && price.signum() >= 0 && price.compareTo(PRICE_MAX) <= 0
                && price.stripTrailingZeros().scale() <= PRICE_SCALE;
    }

    static String trim(String value) {
        return value == null ? "" : value.strip();
    }
}
