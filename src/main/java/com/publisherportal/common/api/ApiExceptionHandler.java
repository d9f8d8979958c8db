package com.publisherportal.common.api;

import com.publisherportal.common.BusyException;
import com.publisherportal.common.ConflictException;
import com.publisherportal.common.NotFoundException;
import com.publisherportal.common.ValidationException;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

import java.util.Map;

/**
 * HTTP APIs answer failures as RFC 9457 problem details, never with a stack trace, a redirect or
 * an HTML page. Besides the portal's own exceptions, every other failure of a request to an API
 * path ({@link ApiPaths}) becomes a problem here: Spring MVC's own (wrong method 405 with
 * {@code Allow}, unknown path 404, unreadable or mistyped parameter 400, media type 415 or 406,
 * upload too large 413) and anything unexpected (500). Failures of other paths (the browser UI,
 * the storefront) are rethrown untouched, so Spring's default handling applies to them.
 * Failures outside Spring MVC reach {@link ApiErrorDispatchFilter} instead.
 */
@RestControllerAdvice
public class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException e) {
        return problem(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "Not found"), null);
    }

    @ExceptionHandler(ValidationException.class)
    ResponseEntity<ProblemDetail> invalid(ValidationException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Invalid request");
        problem.setProperty("errors", e.violations().stream()
                .map(v -> Map.of("field", v.field(), "code", v.messageKey())).toList());
        return problem(problem, null);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied(AccessDeniedException e) {
        return problem(ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "Forbidden"), null);
    }

    @ExceptionHandler(BusyException.class)
    ResponseEntity<ProblemDetail> busy(BusyException e, HttpServletRequest request) throws BusyException {
        if (!ApiPaths.isApi(request)) {
            throw e;
        }
        HttpStatus status = HttpStatus.valueOf(e.httpStatus());
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds()));
        return problem(ProblemDetail.forStatusAndDetail(status, status == HttpStatus.TOO_MANY_REQUESTS
                ? "Too many requests; retry after " + e.retryAfterSeconds() + " s."
                : "The portal is busy with other requests of this kind; retry after " + e.retryAfterSeconds() + " s."),
                headers);
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<ProblemDetail> conflict(ConflictException e, HttpServletRequest request) throws ConflictException {
        if (!ApiPaths.isApi(request)) {
            throw e;
        }
        return problem(ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "Changed meanwhile"), null);
    }

    /**
     * Everything else, on API paths only: Spring MVC's exceptions carry their status, detail and
     * headers ({@link ErrorResponse}); a mistyped or unreadable input is the client's 400; the rest
     * is a 500 that is logged here and told to the client without details.
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> other(Exception e, HttpServletRequest request) throws Exception {
        if (!ApiPaths.isApi(request)) {
            throw e;
        }
        if (e instanceof ErrorResponse response) {
            return problem(response.getBody(), response.getHeaders());
        }
        if (e instanceof TypeMismatchException mismatch) {
            String name = mismatch.getPropertyName() == null ? "a parameter" : "'" + mismatch.getPropertyName() + "'";
            return problem(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                    "The value of " + name + " is not valid."), null);
        }
        if (e instanceof HttpMessageNotReadableException) {
            return problem(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The body could not be read."), null);
        }
        if (e instanceof MaxUploadSizeExceededException) {
            return problem(ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, "The body is too large."), null);
        }
        log.error("Unexpected failure of {} {}", request.getMethod(), request.getRequestURI(), e);
        return problem(ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "The request could not be completed."), null);
    }

    /** Always problem JSON, whatever the client's Accept header says. */
    static ResponseEntity<ProblemDetail> problem(ProblemDetail body, HttpHeaders headers) {
        HttpStatusCode status = HttpStatusCode.valueOf(body.getStatus());
        ResponseEntity.BodyBuilder builder = ResponseEntity.status(status);
        if (headers != null) {
            builder.headers(headers);
        }
        return builder.contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }
}
