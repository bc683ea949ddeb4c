package io.supportcenter.it;

import static io.supportcenter.it.support.PortalAssertions.assertStatus;
import static io.supportcenter.it.support.PortalAssertions.describe;
import static io.supportcenter.it.support.PortalAssertions.jsonOf;
import static io.supportcenter.it.support.PortalAssertions.textOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.supportcenter.it.support.Demo;
import io.supportcenter.it.support.Deployments;
import io.supportcenter.it.support.FacesForm;
import io.supportcenter.it.support.Logins;
import io.supportcenter.it.support.PortalClient;
import io.supportcenter.it.support.RunsOnPayara;
import io.supportcenter.it.support.SharedPortalContainer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * What an attacker's odd requests get: the portal's own answers (JSON on the API, its pages elsewhere) with the
 * fitting status, no server name, no stack trace in the log, and an API that refuses oversized, deeply nested and
 * too frequent bodies before they cost memory.
 */
@RunsOnPayara
class RefusedRequestsIT {

    private static final String API = "/api/v1/commissions";

    @Deployment(testable = false)
    static WebArchive portal() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(new PortalClient(base).uri(path));
    }

    private String newKey() {
        PortalClient admin = Logins.staff(base, Demo.ADMIN);
        String key = textOf(FacesForm.open(admin, "/staff/admin/api-keys", "key").set("key:name", "Refusals").submit(admin, "key:create"),
                "new-key-secret");
        assertTrue(key.startsWith("sc_"), key);
        return key;
    }

    private HttpResponse<String> post(String key, String body) {
        return send(request(API).header("Content-Type", "application/json").header("Authorization", "Bearer " + key)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** One raw HTTP/1.1 exchange: what a client that lies about its body can send. */
    private String raw(String head, byte[] body) throws IOException {
        URI root = new PortalClient(base).uri("/");
        try (Socket socket = new Socket(root.getHost(), root.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                answer.write(buffer, 0, n);
                if (answer.toString(StandardCharsets.ISO_8859_1).contains("\r\n\r\n")
                        && answer.toString(StandardCharsets.ISO_8859_1).contains("}")) {
                    break;
                }
            }
            return answer.toString(StandardCharsets.ISO_8859_1);
        }
    }

    @Test
    void noAnswerNamesTheServer() throws IOException {
        for (HttpResponse<String> answer : List.of(
                new PortalClient(base).get("/login"), new PortalClient(base).get("/metrics"), new PortalClient(base).get("/no-such-page"),
                send(request("/login").method("TRACE", HttpRequest.BodyPublishers.noBody())))) {
            assertFalse(answer.headers().firstValue("Server").orElse("").toLowerCase().contains("payara"),
                    answer.request().method() + " " + answer.uri() + ": " + answer.headers().map());
        }
    }

    @Test
    void theContainersRefusalsGetThePortalsPagesAndTheApiGetsJson() {
        HttpResponse<String> patch = send(request("/login").header("Origin", new PortalClient(base).origin())
                .method("PATCH", HttpRequest.BodyPublishers.noBody()));
        assertStatus(400, patch);
        assertTrue(textOf(patch, "error-title").contains("This request could not be read"), describe(patch));
        assertFalse(patch.body().contains("Payara"), "not the server's own page");

        HttpResponse<String> delete = send(request(API).DELETE());
        assertStatus(405, delete);
        assertEquals("method-not-allowed", jsonOf(delete).getString("error"), delete.body());
        HttpResponse<String> text = send(request(API).header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("x")));
        assertStatus(415, text);
        assertEquals("unsupported-media-type", jsonOf(text).getString("error"), text.body());
        HttpResponse<String> missing = send(request("/api/v1/nothing-here").GET());
        assertStatus(404, missing);
        assertEquals("not-found", jsonOf(missing).getString("error"), missing.body());
    }

    @Test
    void aBodyOverTheLimitIsRefusedBeforeItIsRead() throws IOException {
        String key = newKey();
        int logged = SharedPortalContainer.log().length();
        // Announces 50 MB and sends none of it: the answer comes at once, so the body was never waited for.
        String announced = raw("POST " + API + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nAuthorization: Bearer "
                + key + "\r\nContent-Length: 50000000\r\nConnection: close\r\n\r\n", new byte[0]);
        assertTrue(announced.startsWith("HTTP/1.1 413"), announced);
        assertTrue(announced.contains("\"too-large\""), announced);

        // Without a length (chunked), reading stops at the limit.
        byte[] chunk = "{\"externalId\":\"x\"},".repeat(3_000).getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream chunked = new ByteArrayOutputStream();
        chunked.write("1\r\n[\r\n".getBytes(StandardCharsets.US_ASCII));
        for (int i = 0; i < 40; i++) {
            chunked.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            chunked.write(chunk);
            chunked.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        chunked.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        String streamed = raw("POST " + API + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nAuthorization: Bearer "
                + key + "\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n", chunked.toByteArray());
        assertTrue(streamed.startsWith("HTTP/1.1 413"), streamed);

        String meanwhile = SharedPortalContainer.log().substring(logged);
        assertFalse(meanwhile.contains("SEVERE") || meanwhile.contains("\tat "), "no stack trace for a refused body:\n" + meanwhile);
    }

    @Test
    void deeplyNestedJsonIsMalformedNotAServerError() {
        String key = newKey();
        for (int depth : new int[] {20, 1_000, 100_000}) {
            HttpResponse<String> deep = post(key, "[".repeat(depth) + "]".repeat(depth));
            assertStatus(400, deep);
            assertEquals("malformed-json", jsonOf(deep).getString("error"), depth + " levels: " + deep.body());
        }
    }

    @Test
    void aKeyOverItsRequestsPerMinuteIsToldWhenToComeBack() {
        String key = newKey();
        PortalClient admin = Logins.staff(base, Demo.ADMIN);
        FacesForm.open(admin, "/staff/admin/policies", "policies").set("policies:API_REQUESTS_PER_MINUTE", "3").submit(admin, "policies:save");
        try {
            String other = newKey();
            int refused = 0;
            HttpResponse<String> last = null;
            for (int i = 0; i < 8; i++) {
                last = post(key, "{}");
                if (last.statusCode() == 429) {
                    refused++;
                    long retry = Long.parseLong(last.headers().firstValue("Retry-After").orElseThrow());
                    assertTrue(retry >= 1 && retry <= 60, "Retry-After " + retry);
                    assertEquals("too-many-requests", jsonOf(last).getString("error"));
                }
            }
            // Eight requests within a minute (or across one minute's end): at least two are over three a minute.
            assertTrue(refused >= 2, refused + " refused; last: " + last.body());
            assertEquals(422, post(other, "{}").statusCode(), "another key has its own count");
        } finally {
            FacesForm.open(admin, "/staff/admin/policies", "policies").set("policies:API_REQUESTS_PER_MINUTE", "").submit(admin, "policies:save");
        }
    }
}
