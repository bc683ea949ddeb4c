package io.supportcenter.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.Set;

/** Assertions whose failure messages show what the portal actually answered. */
public final class PortalAssertions {

    private PortalAssertions() {
    }

    public static void assertRedirectTo(HttpResponse<String> response, String expectedPath) {
        assertRedirectTo(response, expectedPath, Set.of(301, 302, 303, 307, 308));
    }

    public static void assertRedirectTo(HttpResponse<String> response, String expectedPath, Set<Integer> statuses) {
        if (!statuses.contains(response.statusCode())) {
            fail(describe(response) + ": expected a redirect " + statuses + " to " + expectedPath);
        }
        assertEquals(expectedPath, PortalClient.redirectPath(response),
                "redirect target of " + response.request().method() + " " + response.uri());
    }

    public static void assertStatus(int expected, HttpResponse<String> response) {
        if (response.statusCode() != expected) {
            fail(describe(response) + ": expected HTTP " + expected);
        }
    }

    public static String textOf(HttpResponse<String> page, String id) {
        return Html.textOfId(page.body(), id).orElseThrow(() -> new AssertionError(
                "No element with id \"" + id + "\" on " + page.uri() + " (HTTP " + page.statusCode() + "); page starts: "
                        + snippet(page.body())));
    }

    public static void assertHasId(HttpResponse<String> page, String id) {
        assertTrue(Html.hasId(page.body(), id), () -> "No element with id \"" + id + "\" on " + page.uri()
                + " (HTTP " + page.statusCode() + "); page starts: " + snippet(page.body()));
    }

    /** The answer's body as a JSON object, or a failure that shows the answer. */
    public static JsonObject jsonOf(HttpResponse<String> response) {
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        } catch (JsonException e) {
            return fail("not a JSON object: " + describe(response), e);
        }
    }

    public static String describe(HttpResponse<String> response) {
        return response.request().method() + " " + response.uri() + " answered HTTP " + response.statusCode()
                + response.headers().firstValue("Location").map(l -> " Location: " + l).orElse("")
                + (response.body().isEmpty() ? "" : "; body starts: " + snippet(response.body()));
    }

    private static String snippet(String body) {
        String flat = body.replaceAll("\\s+", " ");
        return flat.length() > 600 ? flat.substring(0, 600) + "..." : flat;
    }
}
