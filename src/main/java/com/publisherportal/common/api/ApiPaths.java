package com.publisherportal.common.api;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The paths that programs call rather than people: the HTTP APIs ({@code /api/**}, API key) and
 * the external intake ({@code /intake/**}, token in the path). Every answer there, failures
 * included, is JSON (problem details for failures), never a redirect to the sign-in page or HTML.
 */
public final class ApiPaths {

    public static final String API = "/api/";
    public static final String INTAKE = "/intake/";

    private ApiPaths() {
    }

    /** Whether the request (or, on an error dispatch, the request that failed) is for an API path. */
    public static boolean isApi(HttpServletRequest request) {
        Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String uri = failed instanceof String s ? s : request.getRequestURI();
        return isApiPath(withoutContextPath(uri, request.getContextPath()));
    }

    static boolean isApiPath(String path) {
        return path != null && (path.startsWith(API) || path.startsWith(INTAKE) || path.equals("/api")
                || path.equals("/intake"));
    }

    private static String withoutContextPath(String uri, String contextPath) {
        if (uri == null) {
            return null;
        }
        return contextPath != null && !contextPath.isEmpty() && uri.startsWith(contextPath)
                ? uri.substring(contextPath.length()) : uri;
    }
}
