package io.supportcenter.web.health;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Times every request as {@code support_http_requests_seconds{status="2xx"}} (count, sum, max and quantiles): the
 * error rate and the response times an operator alerts on. Only the status class is a label, so the series stay few
 * whatever addresses are asked for; health probes and scrapes are not counted. Declared first in web.xml.
 */
public class RequestMetrics extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Tag[] CLASSES = {new Tag("status", "1xx"), new Tag("status", "2xx"), new Tag("status", "3xx"),
        new Tag("status", "4xx"), new Tag("status", "5xx")};

    @Inject
    PortalMetrics metrics;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/health") || path.startsWith("/metrics")) {
            chain.doFilter(request, response);
            return;
        }
        long began = System.nanoTime();
        int status = HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
        try {
            chain.doFilter(request, response);
            status = response.getStatus();
        } finally {
            int statusClass = Math.max(1, Math.min(5, status / 100));
            metrics.timer(PortalMetrics.Series.HTTP_REQUESTS, CLASSES[statusClass - 1]).update(Duration.ofNanos(System.nanoTime() - began));
        }
    }
}
