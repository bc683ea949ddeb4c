package io.supportcenter.domain.signup;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * A publisher's website as typed: {@code example.com} or {@code https://www.example.com/blog}. A missing
 * scheme means https; only http and https are accepted, with a host that has a dot in it.
 */
public final class WebsiteAddress {

    public static final int MAX_LENGTH = 300;

    private WebsiteAddress() {
    }

    /** The address in full form, or empty when it cannot be a public website. */
    public static Optional<String> parse(String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        String text = typed.strip();
        if (!text.contains("://")) {
            text = "https://" + text;
        }
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            String host = uri.getHost();
            if (!scheme.equals("http") && !scheme.equals("https") || host == null || !host.contains(".")
                    || host.startsWith(".") || host.endsWith(".") || uri.getUserInfo() != null || text.length() > MAX_LENGTH) {
                return Optional.empty();
            }
            return Optional.of(text);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
