package io.supportcenter.it.support;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/** Pins and releases the clock of a test deployment's node (see TestClock), for a test that needs a fixed "now". */
public final class PortalClock {

    private PortalClock() {
    }

    /** From now on the node's clock stands still at {@code at}. */
    public static void pin(URL node, Instant at) {
        String answer = post(node, "?at=" + URLEncoder.encode(at.toString(), StandardCharsets.UTF_8));
        if (!Instant.parse(answer.strip()).equals(at)) {
            throw new IllegalStateException("the clock of " + node + " says " + answer + ", not " + at);
        }
    }

    /** The node's clock follows the real time again. */
    public static void release(URL node) {
        post(node, "");
    }

    private static String post(URL node, String query) {
        try {
            URI uri = URI.create(node.getProtocol() + "://" + node.getHost() + ":" + node.getPort() + "/it/clock" + query);
            HttpResponse<String> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
                    HttpRequest.newBuilder(uri).header("Origin", node.getProtocol() + "://" + node.getHost() + ":" + node.getPort())
                            .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("POST " + uri + " answered " + response.statusCode() + ": " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
