package io.supportcenter.web.shell;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The proxies whose forwarded headers count ({@code support.proxy.trusted}): none unless configured. */
@ApplicationScoped
public class TrustedProxies {

    @Inject
    @ConfigProperty(name = "support.proxy.trusted")
    Optional<String> setting;

    private volatile List<ForwardedHeaders.Range> ranges;

    /** Reads the setting; called at start, so that a wrong entry stops the start with its key. */
    public void check() {
        ranges();
    }

    /**
     * The request as the visitor sent it when it came through one of our proxies, else itself: for code that runs before
     * the filters (the authentication mechanism), which see the same view through {@link ForwardedHeaders}.
     */
    public HttpServletRequest view(HttpServletRequest request) {
        List<ForwardedHeaders.Range> proxies = ranges();
        return proxies.isEmpty() || !ForwardedHeaders.isTrusted(proxies, request.getRemoteAddr()) ? request
                : new ForwardedHeaders.Forwarded(request, proxies);
    }

    List<ForwardedHeaders.Range> ranges() {
        List<ForwardedHeaders.Range> known = ranges;
        if (known == null) {
            known = parse(setting.orElse(""));
            ranges = known;
        }
        return known;
    }

    static List<ForwardedHeaders.Range> parse(String setting) {
        List<ForwardedHeaders.Range> parsed = new ArrayList<>();
        for (String entry : setting.split("[,\\s]+")) {
            if (!entry.isEmpty()) {
                parsed.add(ForwardedHeaders.Range.parse(entry));
            }
        }
        return List.copyOf(parsed);
    }
}
