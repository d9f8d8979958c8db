package com.publisherportal.attribution.api;

import com.publisherportal.attribution.CheckReport;
import com.publisherportal.attribution.TemplateCheckService;
import com.publisherportal.attribution.TemplateChecker;
import com.publisherportal.attribution.TemplateRejectedException;
import com.publisherportal.security.AccountAccess;
import com.vaadin.flow.i18n.I18NProvider;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * {@code POST /api/attribution/check}: the template checker for build pipelines. The body is a
 * template ({@code application/json}) or a package ({@code application/zip}); the answer is the
 * report with an overall verdict, so a pipeline can fail a release that lost its tracking GUID.
 * Needs an API key with the {@code attribution:check} scope (see SecurityConfig); checks against
 * the key's own account's registry. Texts follow the request's Accept-Language (English or French).
 */
@RestController
class AttributionCheckApiController {

    static final List<MediaType> ZIP_TYPES = List.of(MediaType.parseMediaType("application/zip"),
            MediaType.parseMediaType("application/x-zip-compressed"), MediaType.parseMediaType("application/x-zip"));
    private static final String ACCEPTED = "application/json, application/zip";

    record FindingDto(String severity, String code, String message) {
    }

    record TrackingDeploymentDto(String file, String path, String placement, String name, String resolvedName,
                                 String guid, boolean wellFormed, boolean partnerCenter, String registration, String offerId,
                                 String offerName, String condition, String apiVersion, List<FindingDto> findings) {
    }

    record CheckResponse(String verdict, String mainTemplate, List<String> files,
                         List<TrackingDeploymentDto> trackingDeployments, List<FindingDto> findings) {
    }

    /** The body's content type is neither JSON nor zip. */
    static final class UnsupportedType extends RuntimeException {
        UnsupportedType(String type) {
            super(type);
        }
    }

    private final TemplateCheckService checks;
    private final AccountAccess access;
    private final I18NProvider i18n;

    AttributionCheckApiController(TemplateCheckService checks, AccountAccess access, I18NProvider i18n) {
        this.checks = checks;
        this.access = access;
        this.i18n = i18n;
    }

    /**
     * @param name the template's file name, for the report (default {@code mainTemplate.json});
     *             only a file published as mainTemplate.json or azuredeploy.json counts
     */
    @PostMapping(value = "/api/attribution/check", produces = MediaType.APPLICATION_JSON_VALUE)
    CheckResponse check(HttpServletRequest request, @RequestParam(required = false) String name, Locale locale)
            throws IOException {
        long accountId = access.ownAccountId();
        MediaType type = contentType(request.getContentType());
        CheckReport report;
        if (isJson(type)) {
            String fileName = name == null || name.isBlank() ? TemplateChecker.MAIN_TEMPLATE_NAMES.getFirst() : name;
            report = checks.checkTemplate(accountId, fileName, request.getInputStream());
        } else if (ZIP_TYPES.stream().anyMatch(z -> z.equalsTypeAndSubtype(type))) {
            report = checks.checkPackage(accountId, request.getInputStream());
        } else {
            throw new UnsupportedType(String.valueOf(request.getContentType()));
        }
        return response(report, locale);
    }

    private static MediaType contentType(String header) {
        if (header == null || header.isBlank()) {
            throw new UnsupportedType("none");
        }
        try {
            return MediaType.parseMediaType(header);
        } catch (InvalidMediaTypeException e) {
            throw new UnsupportedType(header);
        }
    }

    private static boolean isJson(MediaType type) {
        return MediaType.APPLICATION_JSON.equalsTypeAndSubtype(type)
                || "application".equals(type.getType()) && type.getSubtype().endsWith("+json");
    }

    @ExceptionHandler(TemplateRejectedException.class)
    ResponseEntity<ProblemDetail> rejected(TemplateRejectedException e, Locale locale) {
        HttpStatus status = HttpStatus.valueOf(e.reason().httpStatus());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, text(e.messageKey(), locale, e.arguments()));
        problem.setTitle(status.value() == 413 ? status.getReasonPhrase() : "Template refused");
        problem.setProperty("code", code(e.messageKey()));
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    @ExceptionHandler(UnsupportedType.class)
    ResponseEntity<ProblemDetail> unsupported(UnsupportedType e, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                text("attribution.api.unsupported-type", locale, e.getMessage()));
        problem.setProperty("accepted", List.of("application/json", "application/zip"));
        return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).header("Accept-Post", ACCEPTED)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private CheckResponse response(CheckReport report, Locale locale) {
        return new CheckResponse(lower(report.verdict()), report.mainTemplate(), report.files(),
                report.trackingDeployments().stream().map(d -> new TrackingDeploymentDto(d.file(), d.path(),
                        lower(d.placement()), d.nameAsWritten(), d.resolvedName(), d.guid(), d.wellFormed(), d.partnerCenter(),
                        d.registration() == null ? null : switch (d.registration()) {
                            case REGISTERED -> "registered-to-you";
                            case RETIRED -> "retired";
                            case NOT_REGISTERED_TO_YOU -> "not-registered-to-you";
                        }, d.offerId(), d.offerName(), d.condition(), d.apiVersion(),
                        findings(d.findings(), locale))).toList(),
                findings(report.findings(), locale));
    }

    private List<FindingDto> findings(List<CheckReport.Finding> findings, Locale locale) {
        return findings.stream().map(f -> new FindingDto(lower(f.severity()), code(f.key()),
                text(f.key(), locale, f.arguments().toArray()))).toList();
    }

    private String text(String key, Locale locale, Object... arguments) {
        return i18n.getTranslation(key, locale, arguments);
    }

    private static String code(String key) {
        return key.startsWith("attribution.") ? key.substring("attribution.".length()) : key;
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
