package io.supportcenter.it.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * One browser-like HTTP session against the portal: keeps cookies, but never follows redirects, so
 * that every test can see the status and Location the portal really sent.
 */
public final class PortalClient {

    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);
    /** The value of {@code support.metrics.token} in arquillian.xml's options. */
    public static final String METRICS_TOKEN = "it-metrics-token-3b9f27c1";

    private final URI root;
    private final CookieManager cookies = new BrowserCookies();
    private final HttpClient http;
    private FromAddress from;
    private Map<String, String> everyRequest = Map.of();

    /**
     * A client whose requests come from {@code localAddress} (a loopback address such as 127.0.0.66), to play
     * another client than the tests' usual 127.0.0.1.
     */
    public static PortalClient from(URL base, String localAddress) {
        PortalClient client = new PortalClient(base);
        client.from = new FromAddress(localAddress);
        return client;
    }

    public PortalClient(URL base) {
        // The WAR is at "/", so every path is resolved from the server root whatever path Arquillian reports.
        this.root = URI.create(base.getProtocol() + "://" + base.getHost() + ":" + base.getPort() + "/");
        // HTTP/1.1 as browsers speak it on plain http: the client's default offers an h2c upgrade, and Payara's
        // Grizzly HTTP/2 code once deadlocked two listener threads on one (a node that never answered again).
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    /** The same client sending these headers with every request from now on (as a proxy in front of the portal adds them). */
    public PortalClient sending(Map<String, String> headers) {
        this.everyRequest = Map.copyOf(headers);
        return this;
    }

    public URI uri(String path) {
        return root.resolve(path);
    }

    public HttpResponse<String> get(String path) {
        return get(uri(path));
    }

    public HttpResponse<String> get(URI uri) {
        return send(HttpRequest.newBuilder(uri).GET());
    }

    /**
     * The node's /metrics (with {@code query}, such as {@code ?scope=application}, or ""), scraped as Prometheus does:
     * with the token the tests configure as {@code support.metrics.token}.
     */
    public HttpResponse<String> metrics(String query) {
        return send(HttpRequest.newBuilder(uri("/metrics" + query)).header("Authorization", "Bearer " + METRICS_TOKEN).GET());
    }

    public HttpResponse<String> postForm(URI uri, Map<String, String> fields) {
        return postForm(uri, List.copyOf(fields.entrySet()));
    }

    /** Posts fields in this order; a name may repeat (several ticked boxes). */
    public HttpResponse<String> postForm(URI uri, List<Map.Entry<String, String>> fields) {
        // As a browser does with every form it sends: the portal refuses a post that does not come from its own pages.
        // The form came from the address it goes back to (behind a load balancer, every node has that one address).
        return postForm(uri, fields, Map.of("Origin", originOf(uri)));
    }

    /** Posts fields with exactly these headers about where the form comes from (Origin, Referer, Sec-Fetch-Site), or none. */
    public HttpResponse<String> postForm(URI uri, List<Map.Entry<String, String>> fields, Map<String, String> provenance) {
        String body = fields.stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Content-Type", "application/x-www-form-urlencoded");
        provenance.forEach(request::header);
        return send(request.POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** The portal's origin as a browser names it in the Origin header: scheme://host:port. */
    public String origin() {
        return originOf(root);
    }

    private static String originOf(URI address) {
        return address.getScheme() + "://" + address.getHost() + ":" + address.getPort();
    }

    /**
     * Posts fields and one file as multipart/form-data, the way PrimeFaces' uploader sends a chosen file (an Ajax
     * request: Faces-Request partial/ajax).
     */
    public HttpResponse<String> postFile(URI uri, List<Map.Entry<String, String>> fields, String fileField, String fileName,
                                         byte[] content) {
        String boundary = "----it" + UUID.randomUUID().toString().replace("-", "");
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, String> field : fields) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
                    + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(uri).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Faces-Request", "partial/ajax").header("Origin", originOf(uri))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /** GETs the Location of a redirect response. */
    public HttpResponse<String> follow(HttpResponse<String> redirect) {
        return get(redirectTarget(redirect));
    }

    public Optional<String> cookie(String name) {
        return cookies.getCookieStore().get(root).stream()
                .filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue)
                .findFirst();
    }

    public static boolean isRedirect(HttpResponse<?> response) {
        return REDIRECTS.contains(response.statusCode());
    }

    /** The absolute Location of a redirect (relative Locations are resolved against the request). */
    public static URI redirectTarget(HttpResponse<?> response) {
        String location = response.headers().firstValue("Location")
                .orElseThrow(() -> new AssertionError("HTTP " + response.statusCode() + " from "
                        + response.uri() + " has no Location header"));
        return response.uri().resolve(location);
    }

    public static String redirectPath(HttpResponse<?> response) {
        return redirectTarget(response).getPath();
    }

    /** All Set-Cookie header values for one cookie name, as the server wrote them. */
    public static List<String> setCookieHeaders(HttpResponse<?> response, String name) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(v -> v.trim().startsWith(name + "="))
                .toList();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        everyRequest.forEach(request::header);
        try {
            if (from != null) {
                return from.send(request.build(), cookies);
            }
            return http.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError("HTTP request failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted", e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
