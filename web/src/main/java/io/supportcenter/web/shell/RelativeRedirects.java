package io.supportcenter.web.shell;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Redirects inside the portal name the path only ({@code Location: /login}), which every browser resolves against
 * the address it asked for. The container's {@code sendRedirect} would make the path absolute from the request's
 * Host header, which the caller chooses: a forged Host must never come back as the place to go.
 */
public final class RelativeRedirects {

    private RelativeRedirects() {
    }

    /** Whether {@code location} is a path of this site (not another site's address, not {@code //host}). */
    public static boolean isPath(String location) {
        return location != null && location.startsWith("/") && !location.startsWith("//") && !location.startsWith("/\\");
    }

    /** Sends a 302 to a path of this site, or leaves it to the container for anything else. */
    public static void send(HttpServletResponse response, String location) throws java.io.IOException {
        if (!isPath(location)) {
            response.sendRedirect(location);
            return;
        }
        response.resetBuffer();
        response.setStatus(HttpServletResponse.SC_FOUND);
        response.setHeader("Location", location);
        response.flushBuffer();
    }
}
