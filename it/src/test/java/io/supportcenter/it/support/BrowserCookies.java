package io.supportcenter.it.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * The JDK's cookie manager, sending cookies back as browsers do (RFC 6265: {@code name=value}, as the server set them).
 * The JDK takes any Set-Cookie header containing {@code version=} for an RFC 2965 cookie, which Payara's
 * {@code JSESSIONIDVERSION} is by its name, and since Java 21 sends such a cookie back quoted without the
 * {@code $Version} that told Payara to unquote it: Payara then reads {@code "2f:0"} as the session's version and fails.
 */
final class BrowserCookies extends CookieManager {

    BrowserCookies() {
        super(null, CookiePolicy.ACCEPT_ALL);
    }

    @Override
    public void put(URI uri, Map<String, List<String>> responseHeaders) throws IOException {
        super.put(uri, responseHeaders);
        for (HttpCookie cookie : getCookieStore().getCookies()) {
            cookie.setVersion(0);
        }
    }
}
