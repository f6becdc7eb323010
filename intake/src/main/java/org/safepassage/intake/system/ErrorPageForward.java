package org.safepassage.intake.system;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

/**
 * Answers a refused request with the intake's own error page at once, from a filter: the page is
 * rendered for a request that no longer has a body (so nothing tries to read or parse what was
 * refused again) and sent before the container would wait for the rest of the body. The connection
 * then closes (max-swallow-size 0): the unread rest of a refused body is never waited for.
 */
public final class ErrorPageForward {

    private ErrorPageForward() {
    }

    public static void send(HttpServletRequest request, HttpServletResponse response, int status)
            throws IOException, ServletException {
        if (response.isCommitted()) {
            return;
        }
        response.reset();
        response.setStatus(status);
        response.setHeader("Connection", "close");
        if (status == HttpServletResponse.SC_SERVICE_UNAVAILABLE) {
            response.setHeader("Retry-After", IntakeErrors.RETRY_AFTER_SECONDS);
        }
        Map<String, String[]> query;
        try {
            query = QueryString.parameters(request.getQueryString());
        } catch (IllegalArgumentException e) {
            query = Map.of();
        }
        Map<String, String[]> parameters = query;
        HttpServletRequest bodiless = new HttpServletRequestWrapper(request) {
            @Override
            public String getParameter(String name) {
                String[] values = parameters.get(name);
                return values == null || values.length == 0 ? null : values[0];
            }

            @Override
            public Map<String, String[]> getParameterMap() {
                return parameters;
            }

            @Override
            public Enumeration<String> getParameterNames() {
                return Collections.enumeration(parameters.keySet());
            }

            @Override
            public String[] getParameterValues(String name) {
                return parameters.get(name);
            }

            @Override
            public String getContentType() {
                return null;
            }

            @Override
            public long getContentLengthLong() {
                return -1;
            }

            @Override
            public int getContentLength() {
                return -1;
            }

            @Override
            public String getMethod() {
                return "GET";
            }

            @Override
            public ServletInputStream getInputStream() throws IOException {
                throw new IOException("a refused request's body is not read");
            }
        };
        bodiless.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, status);
        request.getRequestDispatcher("/error").forward(bodiless, response);
        response.flushBuffer();
    }
}
