package io.supportcenter.web.kb;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MarkdownTopicRendererTest {

    private final MarkdownTopicRenderer renderer = new MarkdownTopicRenderer();

    private static final Pattern EVENT_HANDLER = Pattern.compile("<[a-z][^>]*\\son[a-z]+\\s*=");
    private static final Pattern SCRIPT_URL = Pattern.compile("(href|src)\\s*=\\s*[\"']?\\s*javascript:");

    /** No executable markup: text that merely mentions a script (escaped) is fine. */
    private static void assertHarmless(String html) {
        String lower = html.toLowerCase(Locale.ROOT);
        assertFalse(lower.contains("<script"), html);
        assertFalse(lower.contains("<iframe"), html);
        assertFalse(lower.contains("<img"), html);
        assertFalse(EVENT_HANDLER.matcher(lower).find(), html);
        assertFalse(SCRIPT_URL.matcher(lower).find(), html);
    }

    @Test
    void markdownBecomesFormattedHtml() {
        String html = renderer.toSafeHtml("## Steps\n\n1. Open **Login Help**\n2. Read the [email](/login-help)\n");
        assertTrue(html.contains("<h2>Steps</h2>"), html);
        assertTrue(html.contains("<strong>Login Help</strong>"), html);
        assertTrue(html.contains("<ol>"), html);
        assertTrue(html.contains("href=\"/login-help\""), html);
    }

    @Test
    void scriptTypedIntoTheBodyIsShownAsTextNeverRun() {
        String html = renderer.toSafeHtml("Hello <script>alert('x')</script> and <img src=x onerror=alert(1)>");
        assertHarmless(html);
        assertTrue(html.contains("&lt;script&gt;") || html.contains("&lt;script"), html);
    }

    @Test
    void javascriptLinksAreDropped() {
        assertHarmless(renderer.toSafeHtml("[click](javascript:alert(1)) and <a href=\"javascript:alert(2)\">x</a>"));
        assertHarmless(renderer.toSafeHtml("[click](JaVaScRiPt:alert(1))"));
    }

    @Test
    void plainLinksAndCodeSurvive() {
        String html = renderer.toSafeHtml("See https://example.com and `code` and [docs](https://example.com/docs).");
        assertTrue(html.contains("<code>code</code>"), html);
        assertTrue(html.contains("href=\"https://example.com/docs\""), html);
    }
}
