package io.supportcenter.web.shell;

import jakarta.faces.application.ViewExpiredException;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import java.util.logging.Logger;
import org.primefaces.csp.CspException;

/**
 * Error pages are rendered as fresh pages: the form that failed (its view state, its script nonce, its
 * fields) is hidden from them, so that a forged, stale or foreign form gets the page-expired page instead
 * of a second failure while rendering it. A page that has gone, or a form without the page's script nonce,
 * answers 400, not 500: the request was wrong, nothing broke. Such a form is answered here, before the exception
 * reaches the container, which would log its stack trace for every forged request (one FINE line instead).
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR}, asyncSupported = true)
public class ErrorPageRequests extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ErrorPageRequests.class.getName());
    /** Marks a request whose form was refused here, for {@link ErrorResponses} to show the page-expired page. */
    static final String REFUSED_FORM = ErrorPageRequests.class.getName() + ".refusedForm";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getDispatcherType() == DispatcherType.ERROR) {
            if (isExpiredView(request.getAttribute(RequestDispatcher.ERROR_EXCEPTION))) {
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            }
            chain.doFilter(new WithoutForm(request), response);
            return;
        }
        try {
            chain.doFilter(request, response);
        } catch (ServletException e) {
            if (response.isCommitted() || !isExpiredView(e)) {
                throw e;
            }
            LOG.fine(() -> "Refused a form whose page could not be restored (expired, forged or without its nonce): "
                    + request.getRequestURI());
            request.setAttribute(REFUSED_FORM, Boolean.TRUE);
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
        }
    }

    private static boolean isExpiredView(Object error) {
        for (Throwable t = error instanceof Throwable thrown ? thrown : null; t != null; t = t.getCause()) {
            if (t instanceof ViewExpiredException || t instanceof CspException) {
                return true;
            }
        }
        return false;
    }

    private static final class WithoutForm extends HttpServletRequestWrapper {

        WithoutForm(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }
    }
}
