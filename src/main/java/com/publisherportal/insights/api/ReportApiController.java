package com.publisherportal.insights.api;

import com.publisherportal.common.NotFoundException;
import com.publisherportal.common.SortKey;
import com.publisherportal.common.ValidationException;
import com.publisherportal.common.export.ExportFormat;
import com.publisherportal.common.export.ExportOptions;
import com.publisherportal.insights.AzureLicenseType;
import com.publisherportal.insights.CustomerType;
import com.publisherportal.insights.InsightFilter;
import com.publisherportal.insights.InsightRange;
import com.publisherportal.insights.InsightService;
import com.publisherportal.insights.InsightSlice;
import com.publisherportal.insights.MarketplaceLicenseType;
import com.publisherportal.insights.RangePreset;
import com.publisherportal.insights.ReportDefinition;
import com.publisherportal.insights.ReportGlossary;
import com.publisherportal.insights.Reports;
import com.publisherportal.onboarding.OfferService;
import com.publisherportal.security.AccountAccess;
import com.vaadin.flow.i18n.I18NProvider;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code GET /api/reports/{name}}, for each of {@link Reports#all()} ({@code orders}, {@code usage},
 * {@code customers}, {@code insights}, {@code deployments}): the key's own account's
 * report as CSV (default) or XLSX, streamed while the rows are read, with the grids' columns,
 * masking and formula neutralisation. Range: {@code range=1|3|6|12} (last complete months, UTC,
 * default 6) or {@code from=YYYY-MM&to=YYYY-MM}; slices: {@code market}, {@code channel},
 * {@code licenseType}, {@code offer} (offer id), {@code sku}, {@code customers=new|existing};
 * {@code search}; {@code sort=key,-key}; {@code columns=key,key}; {@code definitions=true} adds a
 * "Definitions" sheet to XLSX (what the report and each exported column mean, in English, or in
 * French when the request's {@code Accept-Language} prefers it; CSV is unaffected).
 */
@RestController
class ReportApiController {

    private final InsightService insights;
    private final OfferService offers;
    private final AccountAccess access;
    private final I18NProvider texts;

    ReportApiController(InsightService insights, OfferService offers, AccountAccess access, I18NProvider texts) {
        this.insights = insights;
        this.offers = offers;
        this.access = access;
        this.texts = texts;
    }

    @GetMapping("/api/reports/{report}")
    void report(@PathVariable String report,
                @RequestParam(required = false) String range,
                @RequestParam(required = false) String from,
                @RequestParam(required = false) String to,
                @RequestParam(required = false) String market,
                @RequestParam(required = false) String channel,
                @RequestParam(required = false) String licenseType,
                @RequestParam(required = false) String offer,
                @RequestParam(required = false) String sku,
                @RequestParam(required = false) String customers,
                @RequestParam(required = false) String search,
                @RequestParam(required = false) String sort,
                @RequestParam(required = false) String columns,
                @RequestParam(required = false) String format,
                @RequestParam(defaultValue = "false") boolean definitions,
                Locale locale,
                HttpServletResponse response) throws IOException {
        ReportDefinition<?> definition = Reports.byName(report).orElseThrow(() -> new NotFoundException("report"));
        long accountId = access.ownAccountId();
        ExportFormat chosen = format == null || format.isBlank() ? ExportFormat.CSV
                : ExportFormat.fromParameter(format).orElseThrow(() -> new ValidationException("format", "insights.api.format.invalid"));
        InsightFilter filter = new InsightFilter(range(range, from, to),
                slice(accountId, market, channel, licenseType, offer, sku, customers), search);
        List<String> columnKeys = columns == null || columns.isBlank() ? List.of()
                : List.of(columns.split(",")).stream().map(String::trim).toList();
        // Errors above answer as problem details; from here on the body is the file.
        response.setContentType(chosen.contentType());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\""
                + chosen.fileName(definition.name() + "-" + filter.range().first() + "-" + filter.range().last()) + "\"");
        ExportOptions options = ExportOptions.of(ZoneOffset.UTC, definition.name());
        if (definitions && chosen == ExportFormat.XLSX) {
            options = options.withDefinitions(ReportGlossary.sheet(definition, columnKeys,
                    key -> texts.getTranslation(key, locale)));
        }
        insights.export(definition, accountId, filter, sorts(sort), columnKeys, chosen, options,
                response.getOutputStream());
    }

    private InsightRange range(String range, String from, String to) {
        LocalDate today = insights.todayUtc();
        if (from != null || to != null) {
            try {
                YearMonth first = YearMonth.parse(from == null ? to : from);
                YearMonth last = YearMonth.parse(to == null ? from : to);
                if (first.getYear() < 1 || last.getYear() > 9999) {
                    throw new ValidationException("from", "insights.range.invalid");
                }
                return new InsightRange(first, last);
            } catch (DateTimeException e) {
                // Unparsable, or a year the calendar arithmetic cannot reach (e.g. +999999999-12).
                throw new ValidationException("from", "insights.range.invalid");
            }
        }
        if (range == null || range.isBlank()) {
            return InsightRange.of(RangePreset.MONTHS_6, today);
        }
        try {
            return InsightRange.lastMonths(Integer.parseInt(range.trim()), today);
        } catch (NumberFormatException e) {
            throw new ValidationException("range", "insights.range.invalid");
        }
    }

    private InsightSlice slice(long accountId, String market, String channel, String licenseType, String offer,
                               String sku, String customers) {
        AzureLicenseType azure = channel == null || channel.isBlank() ? null : AzureLicenseType.parse(channel)
                .orElseThrow(() -> new ValidationException("channel", "insights.slice.channel.invalid"));
        MarketplaceLicenseType licence = licenseType == null || licenseType.isBlank() ? null
                : MarketplaceLicenseType.parse(licenseType)
                .orElseThrow(() -> new ValidationException("licenseType", "insights.slice.license.invalid"));
        Long offerRef = null;
        if (offer != null && !offer.isBlank()) {
            offerRef = offers.offers(accountId).stream().filter(o -> o.offerId().equals(offer.trim())).findFirst()
                    .orElseThrow(() -> new ValidationException("offer", "insights.slice.offer.invalid")).id();
        }
        CustomerType type = CustomerType.ALL;
        if (customers != null && !customers.isBlank()) {
            try {
                type = CustomerType.valueOf(customers.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new ValidationException("customers", "insights.slice.customers.invalid");
            }
        }
        return new InsightSlice(market, azure, licence, offerRef, sku, type);
    }

    /** {@code key,-key}: a leading minus sorts descending. */
    private static List<SortKey> sorts(String sort) {
        List<SortKey> sorts = new ArrayList<>();
        if (sort == null || sort.isBlank()) {
            return sorts;
        }
        for (String part : sort.split(",")) {
            String key = part.trim();
            if (!key.isEmpty()) {
                sorts.add(key.startsWith("-") ? SortKey.desc(key.substring(1)) : SortKey.asc(key));
            }
        }
        return sorts;
    }
}
