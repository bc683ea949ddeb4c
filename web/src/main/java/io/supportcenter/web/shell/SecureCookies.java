package io.supportcenter.web.shell;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.Locale;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Whether the portal's cookies (the session's, the login's return-to) carry {@code Secure}, so that a browser
 * never sends them over plain HTTP: {@code support.cookies.secure} = {@code true}, {@code false}, or {@code auto}
 * (the default: when {@code support.base-url} is an https address, as it is in production behind TLS, where the
 * server itself may only see plain HTTP from the proxy).
 */
@WebListener
public class SecureCookies implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(SecureCookies.class.getName());
    private static volatile boolean secure;

    @Inject
    @ConfigProperty(name = "support.cookies.secure", defaultValue = "auto")
    String setting;

    @Inject
    @ConfigProperty(name = "support.base-url", defaultValue = "http://localhost:8080")
    String baseUrl;

    /** The decision, for cookies the portal sets itself. */
    public static boolean secure() {
        return secure;
    }

    static boolean decide(String setting, String baseUrl) {
        String value = setting == null ? "auto" : setting.strip().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> baseUrl != null && baseUrl.strip().toLowerCase(Locale.ROOT).startsWith("https://");
        };
    }

    @Override
    public void contextInitialized(ServletContextEvent event) {
        secure = decide(setting, baseUrl);
        // The session cookie's attributes can be set only while the application starts.
        event.getServletContext().getSessionCookieConfig().setSecure(secure);
        LOG.info(() -> "Cookies are " + (secure ? "" : "not ") + "marked Secure (support.cookies.secure=" + setting + ")");
    }
}
