package com.publisherportal.plans;

import com.publisherportal.common.ValidationException;
import com.publisherportal.common.ValidationException.Violation;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The customers' Microsoft Entra tenant ids of a private plan: one GUID each, at most 20,000 per
 * plan, and the CSV upload that replaces the list (one tenant id per line; an optional header
 * line, blank lines, quotes and a byte order mark are accepted).
 */
public final class TenantIds {

    /** At most this many malformed lines are named; more would not help the publisher. */
    static final int NAMED_LINES_MAX = 10;

    private TenantIds() {
    }

    /** One tenant id as typed: a GUID, stored in lower case. */
    public static String parse(String value) {
        String id = PlanRules.trim(value);
        if (!PlanRules.validGuid(id)) {
            throw new ValidationException("tenant", "plans.tenant.invalid", id);
        }
        return id.toLowerCase(Locale.ROOT);
    }

    /**
     * The tenant ids of an uploaded CSV, in file order without repeats. Refuses a file that is not
     * UTF-8 text, is larger than {@link PlanRules#MAX_TENANT_UPLOAD_BYTES}, has a line that is not
     * a GUID (naming its line number), or lists more than {@link PlanRules#MAX_TENANTS} tenants.
     */
    public static List<String> parseCsv(byte[] content) {
        if (content.length > PlanRules.MAX_TENANT_UPLOAD_BYTES) {
            throw new ValidationException("tenantsCsv", "plans.tenants.file-too-large",
                    PlanRules.MAX_TENANT_UPLOAD_BYTES / 1000, PlanRules.MAX_TENANTS);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw new ValidationException("tenantsCsv", "plans.tenants.not-text");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String[] lines = text.split("\r\n|\n|\r", -1);
        Set<String> ids = new LinkedHashSet<>();
        List<Violation> violations = new ArrayList<>();
        int malformed = 0;
        for (int i = 0; i < lines.length; i++) {
            String cell = lines[i].strip();
            if (cell.endsWith(",")) {
                cell = cell.substring(0, cell.length() - 1).strip();
            }
            if (cell.length() >= 2 && cell.startsWith("\"") && cell.endsWith("\"")) {
                cell = cell.substring(1, cell.length() - 1).strip();
            }
            if (cell.isEmpty()) {
                continue;
            }
            if (!PlanRules.validGuid(cell)) {
                if (i == 0 && cell.chars().noneMatch(Character::isDigit)) {
                    continue; // a header line such as "TenantId"
                }
                malformed++;
                if (violations.size() < NAMED_LINES_MAX) {
                    violations.add(new Violation("tenantsCsv", "plans.tenants.line-invalid", i + 1,
                            cell.length() > 40 ? cell.substring(0, 40) + "…" : cell));
                }
                continue;
            }
            ids.add(cell.toLowerCase(Locale.ROOT));
        }
        if (malformed > violations.size()) {
            violations.add(new Violation("tenantsCsv", "plans.tenants.more-invalid", malformed - violations.size()));
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        if (ids.size() > PlanRules.MAX_TENANTS) {
            throw new ValidationException("tenantsCsv", "plans.tenants.too-many", ids.size(), PlanRules.MAX_TENANTS);
        }
        if (ids.isEmpty()) {
            throw new ValidationException("tenantsCsv", "plans.tenants.empty-file");
        }
        return List.copyOf(ids);
    }
}
