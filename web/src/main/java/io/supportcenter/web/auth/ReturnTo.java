package io.supportcenter.web.auth;

import io.supportcenter.web.shell.SecureCookies;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * The page a visitor asked for before logging in, to go on to after the login. Kept in a short-lived cookie of its
 * own rather than in a session, so that a protected address opened without a login (a bookmark, a crawler) starts no
 * session; only a path inside the portal is ever followed ({@link LoginFlow#isSafe}).
 */
final class ReturnTo {

    static final String COOKIE = "support-return-to";
    private static final int MINUTES = 30;
    private static final int MAX_LENGTH = 1_000;

    private ReturnTo() {
    }

    /** Remembers the GET the visitor was sent to the login from. */
    static void remember(HttpServletRequest request, HttpServletResponse response) {
        if (!"GET".equals(request.getMethod())) {
            return;
        }
        String target = request.getRequestURI().substring(request.getContextPath().length());
        if (request.getQueryString() != null) {
            target += "?" + request.getQueryString();
        }
        if (target.length() <= MAX_LENGTH) {
            setCookie(request, response, URLEncoder.encode(target, StandardCharsets.UTF_8), MINUTES * 60);
        }
    }

    /** The remembered path, if any; the cookie is removed either way. */
    static Optional<String> take(HttpServletRequest request, HttpServletResponse response) {
        Optional<String> found = Optional.ofNullable(request.getCookies()).stream().flatMap(Arrays::stream)
                .filter(cookie -> COOKIE.equals(cookie.getName())).findFirst().map(cookie -> {
                    try {
                        return URLDecoder.decode(cookie.getValue(), StandardCharsets.UTF_8);
                    } catch (IllegalArgumentException notEncoded) {
                        return null;
                    }
                });
        if (found.isPresent()) {
            setCookie(request, response, "", 0);
        }
        return found;
    }

    /**
     * Written as a header: Payara 7 turns a cookie's max age into an Expires date alone, and Max-Age is what RFC 6265
     * prefers (it counts from the browser's own clock); {@code 0} deletes the cookie at once.
     */
    private static void setCookie(HttpServletRequest request, HttpServletResponse response, String value, int maxAge) {
        StringBuilder header = new StringBuilder(COOKIE).append('=').append(value)
                .append("; Max-Age=").append(maxAge)
                .append("; Path=").append(request.getContextPath().isEmpty() ? "/" : request.getContextPath())
                .append("; HttpOnly; SameSite=Lax");
        if (request.isSecure() || SecureCookies.secure()) {
            header.append("; Secure");
        }
        response.addHeader("Set-Cookie", header.toString());
    }
}
