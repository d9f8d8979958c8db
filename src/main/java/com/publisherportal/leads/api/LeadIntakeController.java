package com.publisherportal.leads.api;

import com.publisherportal.common.NotFoundException;
import com.publisherportal.leads.IntakeGrant;
import com.publisherportal.leads.IntakeResult;
import com.publisherportal.leads.LeadIntakeService;
import com.publisherportal.leads.LeadPayload;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/**
 * The lead-intake URL the publisher enters as its HTTPS-endpoint lead destination in Partner
 * Center: {@code POST /intake/leads/{token}} with the marketplace's lead JSON. Public (the token
 * is the credential), stateless and without CSRF (see SecurityConfig's intake chain).
 */
@RestController
class LeadIntakeController {

    private final LeadIntakeService intake;
    private final ObjectMapper json;

    LeadIntakeController(LeadIntakeService intake, ObjectMapper json) {
        this.intake = intake;
        this.json = json;
    }

    @PostMapping("/intake/leads/{token}")
    ResponseEntity<?> receive(@PathVariable String token, HttpServletRequest request,
                              @RequestHeader(value = "Idempotency-Key", required = false) String idempotencyKey)
            throws IOException {
        if (!isJson(request.getContentType())) {
            return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Send the lead as application/json.");
        }
        IntakeGrant grant;
        try {
            grant = intake.authorize(token);
        } catch (NotFoundException e) {
            return problem(HttpStatus.NOT_FOUND, "No lead intake exists at this address.");
        }
        byte[] body = readLimited(request);
        if (body == null) {
            return problem(HttpStatus.CONTENT_TOO_LARGE,
                    "A lead may have at most " + LeadIntakeService.MAX_BODY_BYTES / 1024 + " KB.");
        }
        LeadPayload payload;
        try {
            JsonNode root = json.readTree(body);
            payload = LeadPayload.fromJson(root);
        } catch (JacksonException e) {
            return problem(HttpStatus.BAD_REQUEST, "The body is not valid JSON.");
        } catch (LeadPayload.ShapeException e) {
            return problem(HttpStatus.BAD_REQUEST, e.getMessage());
        }
        IntakeResult result = intake.store(grant, payload, idempotencyKey);
        return ResponseEntity.status(result.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("id", result.leadId(), "created", result.created(), "repeatCount", result.repeatCount()));
    }

    /**
     * Exactly {@code application/json}, with no charset or UTF-8 (the only one JSON allows): a
     * wildcard such as {@code *}{@code /*} or {@code application/*} says nothing about the body.
     */
    static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            String charset = type.getParameter("charset");
            return "application".equalsIgnoreCase(type.getType()) && "json".equalsIgnoreCase(type.getSubtype())
                    && (charset == null || "utf-8".equalsIgnoreCase(charset.replace("\"", "")));
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }

    /**
     * The body, or null when it is larger than allowed. The limit is enforced while reading, so
     * a missing or false Content-Length (e.g. chunked transfer) cannot get a larger body in.
     */
    private static byte[] readLimited(HttpServletRequest request) throws IOException {
        int max = LeadIntakeService.MAX_BODY_BYTES;
        if (request.getContentLengthLong() > max) {
            return null;
        }
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(Math.max(256, Math.min(max, request.getContentLength())));
        byte[] chunk = new byte[8192];
        try (InputStream in = request.getInputStream()) {
            int read;
            while ((read = in.read(chunk)) != -1) {
                if (buffer.size() + read > max) {
                    return null;
                }
                buffer.write(chunk, 0, read);
            }
        }
        return buffer.toByteArray();
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ProblemDetail.forStatusAndDetail(status, detail));
    }
}
