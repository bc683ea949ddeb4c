package io.supportcenter.it;

import static io.supportcenter.it.support.PortalAssertions.assertRedirectTo;
import static io.supportcenter.it.support.PortalAssertions.assertStatus;
import static io.supportcenter.it.support.PortalAssertions.textOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.supportcenter.it.support.Demo;
import io.supportcenter.it.support.Deployments;
import io.supportcenter.it.support.FacesForm;
import io.supportcenter.it.support.Html;
import io.supportcenter.it.support.Logins;
import io.supportcenter.it.support.PortalClient;
import io.supportcenter.it.support.RunsOnPayara;
import io.supportcenter.it.support.TestDatabase;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * The public help for visitors: every public search result and popular topic opens the topic's public page
 * {@code /help/{slug}}, a members-only topic's address asks to log in without showing its text, "Was this helpful?"
 * works without a login or a session, and the header's search box is on visitor and member pages, not on staff ones.
 */
@RunsOnPayara
class PublicHelpIT {

    private static final String PUBLIC_TOPIC = "reset-your-password";
    private static final String PUBLIC_TITLE = "How do I reset a forgotten password?";
    private static final String MEMBERS_TOPIC = "change-your-password";
    /** A sentence of the members-only topic's text. */
    private static final String MEMBERS_TEXT = "passphrase made of several unrelated words";
    private static final Pattern RESULT_LINK = Pattern.compile("<a class=\"result-title\" href=\"([^\"]+)\"");

    @Deployment(testable = false)
    static WebArchive portal() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    @Test
    void everyPublicResultOpensItsPublicTopicPage() {
        PortalClient visitor = new PortalClient(base);
        HttpResponse<String> found = visitor.get("/help?q=password");
        assertStatus(200, found);
        List<String> links = RESULT_LINK.matcher(found.body()).results().map(match -> match.group(1)).toList();
        assertFalse(links.isEmpty(), "results are links");
        assertTrue(links.stream().allMatch(link -> link.startsWith("/help/")), links.toString());
        String reset = links.stream().filter(link -> link.startsWith("/help/" + PUBLIC_TOPIC)).findFirst()
                .orElseThrow(() -> new AssertionError("no link to the reset topic: " + links));

        HttpResponse<String> topic = visitor.get(Html.unescape(reset));
        assertStatus(200, topic);
        assertEquals(PUBLIC_TITLE, textOf(topic, "page-title"));
        assertTrue(topic.body().contains("<title>" + PUBLIC_TITLE), "the topic's own title in <title>");
        assertFalse(textOf(topic, "topic-updated").isBlank(), "the date of the last change");
        assertTrue(textOf(topic, "topic-body").contains("Login Help"));
        assertEquals(List.of(), topic.headers().allValues("Set-Cookie"), "a visitor reads without a session");
    }

    @Test
    void aPublicTopicRelatesOnlyPublicTopicsAndThePopularListLinksToPublicPages() {
        PortalClient visitor = new PortalClient(base);
        HttpResponse<String> topic = visitor.get("/help/" + PUBLIC_TOPIC);
        assertStatus(200, topic);
        assertTrue(Html.hasId(topic.body(), "related-topics"));
        assertTrue(topic.body().contains("href=\"/help/password-email-not-arrived\""), "a related public topic, at its public address");
        assertTrue(topic.body().contains("href=\"/help/login-not-recognised\""));
        assertFalse(topic.body().contains(MEMBERS_TOPIC), "a related members-only topic is left out");
        assertFalse(topic.body().contains("/support/topics/"), "no member address on a public topic");

        HttpResponse<String> help = visitor.get("/help");
        String popular = help.body().substring(help.body().indexOf("id=\"help-topics\""));
        assertTrue(popular.contains("<a href=\"/help/"), "popular topics open their public pages");
    }

    @Test
    void snippetsReadAsTheTopicsText() {
        // login-not-recognised: "- **An expired system password**: a password sent by Login Help…"
        HttpResponse<String> found = new PortalClient(base).get("/help?q=expired+system+password");
        assertStatus(200, found);
        // The snippets' own HTML, marks taken out (a text of the page would put a space where each tag was).
        String results = found.body().substring(found.body().indexOf("id=\"search-results\""));
        results = results.substring(0, results.indexOf("</ol>")).replaceAll("</?mark>", "");
        assertTrue(results.contains("expired system password: a password"), results);
        assertFalse(results.contains(" : ") || results.contains(" . ") || results.contains(" , "), results);
    }

    @Test
    void aMembersOnlyTopicAsksToLogInAndShowsNoneOfItsText() {
        PortalClient visitor = new PortalClient(base);
        HttpResponse<String> page = visitor.get("/help/" + MEMBERS_TOPIC);
        assertStatus(200, page);
        assertTrue(Html.hasId(page.body(), "members-only"));
        assertEquals("/support/topics/" + MEMBERS_TOPIC, Html.attributesOfId(page.body(), "members-login").orElseThrow().get("href"));
        assertFalse(page.body().contains(MEMBERS_TEXT), "the text stays for members");
        assertFalse(page.body().contains("How do I change my password?"), "nor its title");
        assertFalse(Html.hasId(page.body(), "vote-form"));
        assertEquals(List.of(), page.headers().allValues("Set-Cookie"));

        // The login link is the member address: it asks for the login and returns there.
        HttpResponse<String> member = visitor.get("/support/topics/" + MEMBERS_TOPIC);
        assertRedirectTo(member, "/login");
        HttpResponse<String> login = FacesForm.open(visitor, "/login", "login")
                .set("login:email", Demo.PAT).set("login:password", Demo.PASSWORD).submit(visitor, "login:submit");
        assertRedirectTo(login, "/support/topics/" + MEMBERS_TOPIC);
        assertTrue(visitor.follow(login).body().contains(MEMBERS_TEXT));
        assertRedirectTo(visitor.get("/help/" + MEMBERS_TOPIC), "/support/topics/" + MEMBERS_TOPIC);
    }

    @Test
    void anUnknownOrMalformedTopicIsNotFound() {
        PortalClient visitor = new PortalClient(base);
        assertStatus(404, visitor.get("/help/no-such-topic-anywhere"));
        assertStatus(404, visitor.get("/help/" + PUBLIC_TOPIC + "/more"));
        assertStatus(404, visitor.get("/help/" + "x".repeat(81)));
        assertStatus(200, visitor.get("/help"));
    }

    @Test
    void theHelpAddressWithATrailingSlashLeadsToTheHelpPageByItsPath() {
        HttpResponse<String> slash = new PortalClient(base).get("/help/");
        assertStatus(302, slash);
        assertEquals("/help", slash.headers().firstValue("Location").orElse(""), "a path, whatever Host the request claimed");
    }

    @Test
    void aVisitorVotesWithoutASessionAndOnceADayFromOneAddress() throws Exception {
        String address = "127.0." + ThreadLocalRandom.current().nextInt(1, 250) + "." + ThreadLocalRandom.current().nextInt(2, 250);
        PortalClient visitor = PortalClient.from(base, address);
        long membersBefore = membersVotes("login-not-recognised");
        HttpResponse<String> topic = visitor.get("/help/login-not-recognised");
        assertStatus(200, topic);
        assertEquals("post", Html.attributesOfId(topic.body(), "vote-form").orElseThrow().get("method"));

        HttpResponse<String> yes = visitor.postForm(visitor.uri("/help/login-not-recognised"), Map.of("helpful", "yes"));
        assertEquals(302, yes.statusCode(), yes::toString);
        assertEquals("/help/login-not-recognised", PortalClient.redirectPath(yes));
        assertEquals("voted=yes", PortalClient.redirectTarget(yes).getRawQuery(), "the thanks has an address of its own: reloading it votes nothing");
        assertEquals(List.of(), yes.headers().allValues("Set-Cookie"), "no session for a vote");
        HttpResponse<String> thanks = visitor.follow(yes);
        assertStatus(200, thanks);
        assertTrue(Html.hasId(thanks.body(), "vote-thanks"));
        assertFalse(Html.hasId(thanks.body(), "vote-form"), "answered");
        assertEquals(List.of(), thanks.headers().allValues("Set-Cookie"));
        assertEquals(List.of(1L, 0L), votes("login-not-recognised", address));

        HttpResponse<String> no = visitor.postForm(visitor.uri("/help/login-not-recognised"), Map.of("helpful", "no"));
        HttpResponse<String> sorry = visitor.follow(no);
        assertEquals("/contact", Html.attributesOfId(sorry.body(), "vote-contact").orElseThrow().get("href"), "a way on after No");
        assertEquals(List.of(0L, 1L), votes("login-not-recognised", address), "the second answer from one address replaced the first");
        assertEquals(membersBefore, membersVotes("login-not-recognised"), "a visitor's answer is not a member's");

        HttpResponse<String> foreign = visitor.postForm(visitor.uri("/help/login-not-recognised"), List.of(Map.entry("helpful", "yes")),
                Map.of("Origin", "https://elsewhere.example"));
        assertStatus(403, foreign);
        assertEquals(List.of(0L, 1L), votes("login-not-recognised", address), "a form from another site votes nothing");
    }

    @Test
    void theHeaderSearchIsOnVisitorAndMemberPagesButNotStaffPages() {
        PortalClient visitor = new PortalClient(base);
        for (String path : List.of("/", "/contact", "/login", "/help/" + PUBLIC_TOPIC, "/help/" + MEMBERS_TOPIC)) {
            HttpResponse<String> page = visitor.get(path);
            assertSearchBox(page, "/help");
            assertEquals(List.of(), page.headers().allValues("Set-Cookie"), path);
        }
        assertFalse(Html.hasId(visitor.get("/help").body(), "site-search"), "the help page has its own big box");
        assertFalse(Html.hasId(visitor.get("/staff/login").body(), "site-search"), "not on the staff login");

        PortalClient pat = new PortalClient(base);
        assertRedirectTo(FacesForm.open(pat, "/login", "login").set("login:email", Demo.SAM).set("login:password", Demo.PASSWORD)
                .submit(pat, "login:submit"), "/support/home");
        for (String path : List.of("/support/history", "/support/topics/" + PUBLIC_TOPIC, "/support/ask")) {
            assertSearchBox(pat.get(path), "/support/topics");
        }
        assertRedirectTo(pat.get("/help/" + PUBLIC_TOPIC), "/support/topics/" + PUBLIC_TOPIC);
        assertFalse(Html.hasId(pat.get("/support/home").body(), "site-search"), "Support Home has its own big box");
        assertFalse(Html.hasId(pat.get("/support/topics").body(), "site-search"), "Browse Topics has its own big box");

        PortalClient agent = Logins.staff(base, Demo.AGENT);
        for (String path : List.of("/staff/queues", "/staff/accounts", "/help")) {
            HttpResponse<String> page = agent.get(path);
            assertStatus(200, page);
            assertFalse(Html.hasId(page.body(), "site-search"), "no member search for staff on " + path);
        }
    }

    private static void assertSearchBox(HttpResponse<String> page, String action) {
        assertStatus(200, page);
        Map<String, String> form = Html.attributesOfId(page.body(), "site-search")
                .orElseThrow(() -> new AssertionError("no header search on " + page.uri()));
        assertEquals("get", form.get("method"), "a plain GET form");
        assertEquals(action, form.get("action"), page.uri().toString());
        assertEquals("q", Html.attributesOfId(page.body(), "site-search-q").orElseThrow().get("name"));
        assertTrue(page.body().contains("<label for=\"site-search-q\""), "labelled for screen readers");
        String formHtml = page.body().substring(page.body().indexOf("id=\"site-search\""));
        formHtml = formHtml.substring(0, formHtml.indexOf("</form>"));
        assertFalse(formHtml.contains("ViewState"), "no view state");
    }

    /** Visitors' helpful and not-helpful answers to this topic from this address. */
    private static List<Long> votes(String slug, String address) throws Exception {
        try (Connection c = TestDatabase.current().connect();
             PreparedStatement count = c.prepareStatement("SELECT SUM(CASE WHEN v.helpful THEN 1 ELSE 0 END),"
                     + " SUM(CASE WHEN v.helpful THEN 0 ELSE 1 END) FROM kb_anonymous_vote v JOIN kb_topic t ON t.id = v.topic_id"
                     + " WHERE t.slug = ? AND v.client_key = ?")) {
            count.setString(1, slug);
            count.setString(2, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(address.getBytes(StandardCharsets.UTF_8))));
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return List.of(rows.getLong(1), rows.getLong(2));
            }
        }
    }

    private static long membersVotes(String slug) throws Exception {
        try (Connection c = TestDatabase.current().connect();
             PreparedStatement count = c.prepareStatement("SELECT COUNT(*) FROM kb_helpful_vote v JOIN kb_topic t ON t.id = v.topic_id"
                     + " WHERE t.slug = ?")) {
            count.setString(1, slug);
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
