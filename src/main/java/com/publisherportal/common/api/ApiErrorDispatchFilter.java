package com.publisherportal.common.api;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import java.io.IOException;

/**
 * The last line for API paths: a failure outside Spring MVC (an exception in a filter, a
 * {@code sendError} by the container or a library) is forwarded by the container to the error
 * page, {@code /error}, which belongs to the browser UI and its session sign-in, so a program
 * would get a redirect to the sign-in page, or an HTML page. On that error dispatch, for a request
 * to an API path, this filter answers the problem JSON itself, ahead of the security filters, and
 * the error page is never reached. Other error dispatches pass through untouched. Registered for
 * error dispatches only, by {@link ApiErrorConfiguration}.
 */
class ApiErrorDispatchFilter implements Filter {

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        if (!(req instanceof HttpServletRequest request) || !(res instanceof HttpServletResponse response)
                || request.getDispatcherType() != DispatcherType.ERROR || !ApiPaths.isApi(request) || response.isCommitted()) {
            chain.doFilter(req, res);
            return;
        }
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i && i >= 400 && i <= 599 ? i : HttpStatus.INTERNAL_SERVER_ERROR.value();
        HttpStatus known = HttpStatus.resolve(status);
        String title = known == null ? "Error" : known.getReasonPhrase();
        String detail = status >= 500 ? "The request could not be completed." : title + ".";
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + detail + "\"}");
        response.flushBuffer();
    }
}
