package com.publisherportal.leads.api;

import com.publisherportal.common.SortKey;
import com.publisherportal.common.ValidationException;
import com.publisherportal.common.export.ExportFormat;
import com.publisherportal.common.export.ExportOptions;
import com.publisherportal.common.export.JsonTableExporter;
import com.publisherportal.leads.LeadColumns;
import com.publisherportal.leads.LeadFilter;
import com.publisherportal.leads.LeadService;
import com.publisherportal.leads.LeadStatus;
import com.publisherportal.security.AccountAccess;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code GET /api/leads} for a CRM: the key's own account's leads, filtered by arrival date range
 * and status, oldest first, as JSON (default), CSV or XLSX (by {@code format} or the Accept
 * header), with the inbox's columns. Streamed while the rows are read.
 */
@RestController
class LeadApiController {

    private static final List<SortKey> OLDEST_FIRST = List.of(SortKey.asc("receivedAt"), SortKey.asc("id"));

    private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-01-01T00:00:00Z");

    private final LeadService leads;
    private final AccountAccess access;
    private final ObjectMapper json;

    LeadApiController(LeadService leads, AccountAccess access, ObjectMapper json) {
        this.leads = leads;
        this.access = access;
        this.json = json;
    }

    @GetMapping("/api/leads")
    void leads(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
               @RequestParam(required = false) List<String> status, @RequestParam(required = false) String format,
               @RequestParam(defaultValue = "true") boolean includeTestLeads,
               @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
               HttpServletResponse response) throws IOException {
        long accountId = access.ownAccountId();
        LeadFilter filter = LeadFilter.all().withStatuses(statuses(status)).withRange(start(from, "from"), end(to));
        if (!includeTestLeads) {
            filter = filter.withoutTestLeads();
        }
        ExportFormat chosen;
        if (format != null && !format.isBlank()) {
            chosen = format.equalsIgnoreCase("json") ? null : ExportFormat.fromParameter(format)
                    .orElseThrow(() -> new ValidationException("format", "lead.api.format.invalid"));
        } else {
            chosen = ExportFormat.fromAccept(accept).orElse(null);
        }
        if (chosen == null) {
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            LeadFilter f = filter;
            JsonTableExporter.export(json, LeadColumns.MODEL.all(),
                    consumer -> leads.forEach(accountId, f, OLDEST_FIRST, consumer), response.getOutputStream());
            return;
        }
        response.setContentType(chosen.contentType());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + chosen.fileName("leads") + "\"");
        leads.export(accountId, filter, OLDEST_FIRST, LeadColumns.MODEL.keys(), chosen,
                ExportOptions.of(ZoneOffset.UTC, "Leads"), response.getOutputStream());
    }

    private static Set<LeadStatus> statuses(List<String> values) {
        Set<LeadStatus> statuses = EnumSet.noneOf(LeadStatus.class);
        if (values == null) {
            return statuses;
        }
        for (String value : values) {
            for (String part : value.split(",")) {
                if (part.isBlank()) {
                    continue;
                }
                try {
                    statuses.add(LeadStatus.valueOf(part.trim().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw new ValidationException("status", "lead.api.status.invalid");
                }
            }
        }
        return statuses;
    }

    /** A date (start of that day, UTC) or an ISO instant. */
    private static Instant start(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Instant instant;
        try {
            instant = value.length() == 10 ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new ValidationException(field, "lead.api.date.invalid");
        }
        if (instant.isBefore(EARLIEST) || !instant.isBefore(LATEST)) {
            // Beyond what the databases store as a timestamp.
            throw new ValidationException(field, "lead.api.date.invalid");
        }
        return instant;
    }

    /** A date counts in full (up to the start of the next day); an instant is exclusive. */
    private static Instant end(String value) {
        Instant start = start(value, "to");
        return start != null && value.length() == 10 ? start.plus(java.time.Duration.ofDays(1)) : start;
    }
}
