package io.supportcenter.web.health;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Payara serves /metrics inside the portal's root context, so the portal's filters guard it: a scraper presents
 * {@code support.metrics.token} as a bearer token (as Prometheus does with {@code authorization: credentials}),
 * or a signed-in administrator looks. The figures (logins, sessions, heap, jobs) help an attacker time an attack.
 */
@WebFilter(urlPatterns = {"/metrics", "/metrics/*"}, asyncSupported = true)
public class MetricsAccess extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final String BEARER = "Bearer ";

    @Inject
    @ConfigProperty(name = "support.metrics.token")
    Optional<String> token;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (presentsToken(request.getHeader("Authorization")) || request.isUserInRole("ADMIN")) {
            DistinctSeries once = new DistinctSeries(response);
            chain.doFilter(request, once);
            once.finish();
            return;
        }
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader("WWW-Authenticate", "Bearer realm=\"metrics\"");
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write("Metrics need the token configured as support.metrics.token (Authorization: Bearer ...)"
                + " or an administrator's login.\n");
    }

    private boolean presentsToken(String authorization) {
        Optional<String> expected = token.map(String::strip).filter(value -> !value.isEmpty());
        if (expected.isEmpty() || authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return false;
        }
        return MessageDigest.isEqual(expected.get().getBytes(StandardCharsets.UTF_8),
                authorization.substring(BEARER.length()).strip().getBytes(StandardCharsets.UTF_8));
    }
}
