package io.supportcenter.web.config;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Until the node has started (its database answered and was migrated), every page answers 503 with a short notice and
 * {@code Retry-After}, instead of failing deep inside with a database error; the health and metrics addresses stay
 * open, so that the orchestrator sees why. Declared in web.xml, right after the forwarded headers.
 */
public class StartupGate extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final String PAGE = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\""
            + " content=\"width=device-width, initial-scale=1\"><title>Support Center is starting</title></head><body style=\""
            + "font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;color:#1f2937\"><h1 id=\"error-title\">"
            + "Support Center is not available yet</h1><p>It is starting, or being looked after. Please try again in a minute.</p></body></html>";

    @Inject
    StartupState state;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (state.started() || isOpenAlways(request.getRequestURI().substring(request.getContextPath().length()))) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", "30");
        response.setHeader("Cache-Control", "no-store");
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.setContentType("application/json");
            response.getOutputStream().write("{\"error\":\"starting\",\"message\":\"The portal is starting; try again later.\"}"
                    .getBytes(StandardCharsets.UTF_8));
            return;
        }
        response.setContentType("text/html;charset=UTF-8");
        response.getOutputStream().write(PAGE.getBytes(StandardCharsets.UTF_8));
    }

    private static boolean isOpenAlways(String path) {
        return path.equals("/health") || path.startsWith("/health/") || path.equals("/metrics") || path.startsWith("/metrics/");
    }
}
