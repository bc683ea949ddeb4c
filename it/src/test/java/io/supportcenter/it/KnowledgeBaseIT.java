package io.supportcenter.it;

import static io.supportcenter.it.support.PortalAssertions.assertStatus;
import static io.supportcenter.it.support.PortalAssertions.textOf;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.supportcenter.it.support.Demo;
import io.supportcenter.it.support.Deployments;
import io.supportcenter.it.support.FacesForm;
import io.supportcenter.it.support.Html;
import io.supportcenter.it.support.PortalClient;
import io.supportcenter.it.support.RunsOnPayara;
import io.supportcenter.it.support.TestTopics;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * The knowledge base as readers meet it: the starting content, search with stemming and typos,
 * what each kind of reader may see (in search, in lists and on topic pages), and the public help page.
 */
@RunsOnPayara
class KnowledgeBaseIT {

    /** Publisher-only topic of the starting content. */
    private static final String PUBLISHERS_ONLY = "payment-threshold-and-schedule";

    @Deployment(testable = false)
    static WebArchive portal() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    private PortalClient member(String email) {
        PortalClient client = new PortalClient(base);
        HttpResponse<String> login = FacesForm.open(client, "/login", "login")
                .set("login:email", email).set("login:password", Demo.PASSWORD).submit(client, "login:submit");
        assertStatus(302, login);
        return client;
    }

    private static HttpResponse<String> search(PortalClient client, String path, String query) {
        HttpResponse<String> page = client.get(path + "?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        assertStatus(200, page);
        return page;
    }

    @Test
    void stemmingFindsReportingTopicsWhenSearchingForReports() {
        HttpResponse<String> page = search(member(Demo.PAT), "/support/topics", "reports");
        String results = textOf(page, "search-results");
        assertTrue(results.toLowerCase().contains("report"), results);
        assertTrue(page.body().contains("<mark>"), "matches are highlighted");
    }

    @Test
    void typosStillFindThePasswordTopics() {
        HttpResponse<String> page = search(member(Demo.PAT), "/support/topics", "pasword resett");
        assertTrue(page.body().contains("/support/topics/reset-your-password"), "the reset topic is found");
    }

    @Test
    void aSearchWithoutMatchesSuggestsACorrectionAndHarmlessSyntaxIsHarmless() {
        PortalClient pat = member(Demo.PAT);
        HttpResponse<String> none = search(pat, "/support/topics", "thresholdd commisionz xq");
        assertTrue(Html.hasId(none.body(), "no-results") || Html.hasId(none.body(), "search-results"));
        for (String odd : new String[] {"\"(password* AND:", "<script>alert(1)</script>", "x".repeat(1000)}) {
            HttpResponse<String> page = search(pat, "/support/topics", odd);
            assertFalse(page.body().contains("<script>alert(1)</script>"), "the query is escaped on the page");
        }
    }

    @Test
    void anAdvertiserNeverSeesPublisherOnlyTopics() {
        PortalClient alex = member(Demo.ALEX);
        assertFalse(search(alex, "/support/topics", "payment threshold minimum").body().contains("/support/topics/" + PUBLISHERS_ONLY));
        assertEquals(404, alex.get("/support/topics/" + PUBLISHERS_ONLY).statusCode(), "as if it did not exist");
        assertFalse(alex.get("/support/home").body().contains("/support/topics/" + PUBLISHERS_ONLY), "not in Most Popular Topics");

        PortalClient pat = member(Demo.PAT);
        assertTrue(search(pat, "/support/topics", "payment threshold minimum").body().contains("/support/topics/" + PUBLISHERS_ONLY));
        HttpResponse<String> topic = pat.get("/support/topics/" + PUBLISHERS_ONLY);
        assertStatus(200, topic);
        assertTrue(textOf(topic, "page-title").contains("paid"));
    }

    @Test
    void visitorsSeeOnlyPublicTopicsOnTheHelpPage() {
        PortalClient visitor = new PortalClient(base);
        HttpResponse<String> help = visitor.get("/help");
        assertStatus(200, help);
        String popular = textOf(help, "help-topics");
        assertTrue(popular.contains("How do I reset a forgotten password?"));
        assertEquals(popular.indexOf("How do I reset a forgotten password?"), popular.lastIndexOf("How do I reset a forgotten password?"),
                "each topic appears once");
        HttpResponse<String> found = search(visitor, "/help", "reset password");
        assertTrue(textOf(found, "search-results").contains("reset"));
        assertFalse(search(visitor, "/help", "commission detail report").body().contains("How do I read the commission detail report?"),
                "a members-only topic is not found by visitors");

        assertEquals("/contact", Html.attributesOfId(help.body(), "contact-link").orElseThrow().get("href"));
        HttpResponse<String> contact = visitor.get("/contact");
        assertStatus(200, contact);
        assertTrue(textOf(contact, "client-support").contains("1-800-761-1072"), "the contact page gives the Client Support line");
    }

    @Test
    void browsingACategoryListsItsTopicsAndATopicPageShowsItsParts() {
        PortalClient pat = member(Demo.PAT);
        HttpResponse<String> category = pat.get("/support/topics?category=account-login");
        assertStatus(200, category);
        assertTrue(textOf(category, "category-topics").contains("How do I reset a forgotten password?"),
                "a parent category lists the topics of its sub-categories");
        HttpResponse<String> topic = pat.get("/support/topics/reset-your-password");
        assertStatus(200, topic);
        assertEquals("How do I reset a forgotten password?", textOf(topic, "page-title"));
        assertTrue(Html.hasId(topic.body(), "topic-updated"));
        assertTrue(Html.hasId(topic.body(), "vote:yes"));
        assertEquals(404, pat.get("/support/topics/no-such-topic").statusCode());
    }

    @Test
    void aTopicsAddressTakesOneSegmentOfAtMostEightyCharacters() {
        PortalClient pat = member(Demo.PAT);
        assertStatus(200, pat.get("/support/topics/reset-your-password"));
        assertStatus(404, pat.get("/support/topics/reset-your-password/more"));
        assertStatus(404, pat.get("/support/topics/" + "x".repeat(81)));
    }

    @Test
    void aChangeMadeElsewhereIsSearchableWithinTenSeconds() {
        PortalClient pat = member(Demo.PAT);
        String word = "zanzibarquux" + System.nanoTime() % 100_000;
        TestTopics.insert(List.of(new TestTopics.Generated(-900_000L - System.nanoTime() % 100_000, "written-elsewhere-" + word,
                "Written on another node " + word, "This topic about " + word + " was written on another node.")), "reporting", "MEMBERS");
        await("the new topic searchable within 10 seconds").atMost(Duration.ofSeconds(10))
                .until(() -> search(pat, "/support/topics", word).body().contains("written-elsewhere-" + word));
    }

    @Test
    void supportHomeShowsFeaturedCategoriesAndPopularTopics() {
        HttpResponse<String> home = member(Demo.PAT).get("/support/home");
        assertStatus(200, home);
        assertTrue(textOf(home, "featured-categories").contains("Account & Login"));
        assertFalse(textOf(home, "popular-topics").isBlank());
    }
}
