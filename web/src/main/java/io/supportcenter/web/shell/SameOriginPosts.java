package io.supportcenter.web.shell;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a form sent from another site. The public pages keep no session before login, so their
 * forms carry no server-side token to compare; what every current browser sends with a form instead
 * is where it comes from (Sec-Fetch-Site, Origin, or at least Referer), and that must be this portal:
 * the address it was asked under, or {@code support.base-url} behind a proxy. A post that says
 * nothing about its origin is refused too: only a script would send one, and scripts use the API.
 * Refused posts get the page-expired page with 403, like a form whose page has gone.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SameOriginPosts extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** Request attribute set on a refused post, so the page-expired page can say why. */
    public static final String REFUSED = "io.supportcenter.shell.crossOriginRefused";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    @Inject
    @ConfigProperty(name = "support.base-url", defaultValue = "http://localhost:8080")
    String baseUrl;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (SAFE_METHODS.contains(request.getMethod()) || isApi(request) || fromThisPortal(request)) {
            chain.doFilter(request, response);
            return;
        }
        request.setAttribute(REFUSED, Boolean.TRUE);
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
    }

    private static boolean isApi(HttpServletRequest request) {
        // The API authenticates each call by its key, never by a cookie: a foreign page gains nothing there.
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    boolean fromThisPortal(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null) {
            return "same-origin".equalsIgnoreCase(site);
        }
        String origin = request.getHeader("Origin");
        if (origin != null) {
            return isOurs(origin, request);
        }
        String referer = request.getHeader("Referer");
        return referer != null && isOurs(referer, request);
    }

    private boolean isOurs(String address, HttpServletRequest request) {
        String origin = originOf(address);
        return origin != null && (origin.equals(originOf(baseUrl)) || origin.equals(requestOrigin(request)));
    }

    private static String requestOrigin(HttpServletRequest request) {
        String host = request.getHeader("Host");
        return host == null ? null : originOf(request.getScheme() + "://" + host);
    }

    /** scheme://host[:port] of an address, as a browser writes it in Origin (default ports left out). */
    static String originOf(String address) {
        try {
            URI uri = URI.create(address.strip());
            if (uri.getScheme() == null || uri.getHost() == null) {
                return null;
            }
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            int port = uri.getPort();
            boolean defaultPort = port == -1 || ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
            return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
        } catch (IllegalArgumentException notAnAddress) {
            return null;
        }
    }
}
