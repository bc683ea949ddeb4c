package io.supportcenter.web.shell;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Security headers on every response. Scripts are governed by the policy PrimeFaces sends in CSP
 * mode (its own script-src with a per-response nonce); this second policy adds the rest, and a
 * browser enforces both. Pages are never cached, so a signed-out browser cannot show them again.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /**
     * Unless started with {@code -Dproduct.name=} (docs/operations.md), Payara names itself and its version in a
     * Server header, which tells an attacker what to try: blanked then on the portal's own responses.
     */
    public static final boolean SERVER_NAMES_ITSELF = !"".equals(System.getProperty("product.name"));

    static final String POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline';"
            + " img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none';"
            + " base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (SERVER_NAMES_ITSELF) {
            response.setHeader("Server", "");
        }
        response.setHeader("Content-Security-Policy", POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
        if (!request.getRequestURI().contains("/jakarta.faces.resource/")) {
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, new KeepBothPolicies(response));
    }

    /**
     * PrimeFaces sets its policy with setHeader, which would replace ours: add it beside ours instead. Redirects
     * to the portal's own paths stay relative ({@link RelativeRedirects}).
     */
    private static final class KeepBothPolicies extends HttpServletResponseWrapper {

        KeepBothPolicies(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            if (RelativeRedirects.isPath(location)) {
                RelativeRedirects.send((HttpServletResponse) getResponse(), location);
            } else {
                super.sendRedirect(location);
            }
        }

        @Override
        public void setHeader(String name, String value) {
            if ("Content-Security-Policy".equalsIgnoreCase(name)) {
                super.addHeader(name, value);
            } else {
                super.setHeader(name, value);
            }
        }
    }
}
