package io.supportcenter.web.shell;

import io.supportcenter.web.config.ConfigurationError;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Behind a TLS-terminating proxy or load balancer the portal sees the proxy's plain-HTTP connection: the
 * {@code X-Forwarded-Proto}, {@code -Host} and {@code -For} headers say what the visitor used. They are taken only from
 * the proxies listed in {@code support.proxy.trusted} (addresses or CIDR ranges) and ignored from anyone else, who
 * could otherwise pick the address the rate limits count them under. Declared first in web.xml, so that every later
 * filter, page and the audit log see the visitor's scheme and address.
 */
public class ForwardedHeaders extends HttpFilter {

    private static final long serialVersionUID = 1L;
    /** The visitor's address, for whoever holds the original request (CDI injects that one, not this filter's wrapper). */
    static final String CLIENT_ADDRESS = ForwardedHeaders.class.getName() + ".client";
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.\\-]{1,253}(:\\d{1,5})?|\\[[0-9A-Fa-f:.]+](:\\d{1,5})?");

    @Inject
    TrustedProxies trustedProxies;

    /** The address of the client that sent {@code request}: the visitor's, behind a trusted proxy. */
    public static String clientAddress(HttpServletRequest request) {
        Object known = request.getAttribute(CLIENT_ADDRESS);
        return known instanceof String address ? address : request.getRemoteAddr();
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        List<Range> proxies = trustedProxies.ranges();
        if (proxies.isEmpty() || !isTrusted(proxies, request.getRemoteAddr())) {
            request.setAttribute(CLIENT_ADDRESS, request.getRemoteAddr());
            chain.doFilter(request, response);
            return;
        }
        Forwarded forwarded = new Forwarded(request, proxies);
        request.setAttribute(CLIENT_ADDRESS, forwarded.getRemoteAddr());
        chain.doFilter(forwarded, response);
    }

    static boolean isTrusted(List<Range> proxies, String address) {
        Optional<byte[]> bytes = Range.literal(address);
        return bytes.isPresent() && proxies.stream().anyMatch(range -> range.contains(bytes.get()));
    }

    /** An address or a CIDR range such as {@code 10.0.0.0/8}. */
    record Range(byte[] network, int prefix) {

        static Range parse(String entry) {
            int slash = entry.indexOf('/');
            String address = slash < 0 ? entry : entry.substring(0, slash);
            byte[] network = literal(address).orElseThrow(() -> new ConfigurationError(
                    "support.proxy.trusted: \"" + entry + "\" is not an IP address or a CIDR range such as 10.0.0.0/8"));
            int prefix;
            try {
                prefix = slash < 0 ? network.length * 8 : Integer.parseInt(entry.substring(slash + 1));
            } catch (NumberFormatException e) {
                prefix = -1;
            }
            if (prefix < 0 || prefix > network.length * 8) {
                throw new ConfigurationError("support.proxy.trusted: \"" + entry + "\" has a prefix length outside 0-" + network.length * 8);
            }
            return new Range(network, prefix);
        }

        /** The bytes of a numeric address; never a name lookup. */
        static Optional<byte[]> literal(String address) {
            String value = address == null ? "" : address.strip();
            if (value.startsWith("[") && value.endsWith("]")) {
                value = value.substring(1, value.length() - 1);
            }
            boolean numeric = value.matches("\\d{1,3}(\\.\\d{1,3}){3}") || value.contains(":") && value.matches("[0-9A-Fa-f:.]+");
            if (!numeric) {
                return Optional.empty();
            }
            try {
                return Optional.of(InetAddress.getByName(value).getAddress());
            } catch (UnknownHostException e) {
                return Optional.empty();
            }
        }

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int bits = prefix;
            for (int i = 0; i < network.length && bits > 0; i++, bits -= 8) {
                int mask = bits >= 8 ? 0xFF : (0xFF << (8 - bits)) & 0xFF;
                if ((address[i] & mask) != (network[i] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }

    /** The request as the visitor sent it to the proxy. */
    static final class Forwarded extends HttpServletRequestWrapper {

        private final String scheme;
        private final String host;
        private final int port;
        private final String client;

        Forwarded(HttpServletRequest request, List<Range> proxies) {
            super(request);
            String proto = first(request.getHeader("X-Forwarded-Proto")).toLowerCase(Locale.ROOT);
            this.scheme = proto.equals("https") || proto.equals("http") ? proto : request.getScheme();
            String forwardedHost = first(request.getHeader("X-Forwarded-Host"));
            if (HOST.matcher(forwardedHost).matches()) {
                int colon = forwardedHost.lastIndexOf(':');
                boolean hasPort = colon > forwardedHost.lastIndexOf(']');
                this.host = hasPort ? forwardedHost.substring(0, colon) : forwardedHost;
                this.port = hasPort ? Integer.parseInt(forwardedHost.substring(colon + 1)) : "https".equals(scheme) ? 443 : 80;
            } else {
                this.host = request.getServerName();
                this.port = proto.isEmpty() ? request.getServerPort() : "https".equals(scheme) ? 443 : 80;
            }
            this.client = visitor(request, proxies);
        }

        /** The right-most address of X-Forwarded-For that is not one of our proxies: the one our proxies saw. */
        private static String visitor(HttpServletRequest request, List<Range> proxies) {
            String chain = request.getHeader("X-Forwarded-For");
            if (chain == null || chain.isBlank()) {
                return request.getRemoteAddr();
            }
            String[] hops = chain.split(",");
            for (int i = hops.length - 1; i >= 0; i--) {
                String hop = hops[i].strip();
                if (Range.literal(hop).isEmpty()) {
                    break;
                }
                if (!isTrusted(proxies, hop) || i == 0) {
                    return hop;
                }
            }
            return request.getRemoteAddr();
        }

        private static String first(String header) {
            if (header == null) {
                return "";
            }
            int comma = header.indexOf(',');
            return (comma < 0 ? header : header.substring(0, comma)).strip();
        }

        @Override
        public String getScheme() {
            return scheme;
        }

        @Override
        public boolean isSecure() {
            return "https".equals(scheme);
        }

        @Override
        public String getServerName() {
            return host;
        }

        @Override
        public int getServerPort() {
            return port;
        }

        @Override
        public String getRemoteAddr() {
            return client;
        }

        @Override
        public String getRemoteHost() {
            return client;
        }

        @Override
        public StringBuffer getRequestURL() {
            StringBuffer url = new StringBuffer(scheme).append("://").append(host);
            if (!("https".equals(scheme) && port == 443 || "http".equals(scheme) && port == 80)) {
                url.append(':').append(port);
            }
            return url.append(getRequestURI());
        }
    }
}
