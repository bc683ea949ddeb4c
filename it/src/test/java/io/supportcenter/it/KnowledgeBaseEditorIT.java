package io.supportcenter.it;

import static io.supportcenter.it.support.PortalAssertions.assertRedirectTo;
import static io.supportcenter.it.support.PortalAssertions.assertStatus;
import static io.supportcenter.it.support.PortalAssertions.describe;
import static io.supportcenter.it.support.PortalAssertions.textOf;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.supportcenter.it.support.Demo;
import io.supportcenter.it.support.Deployments;
import io.supportcenter.it.support.FacesForm;
import io.supportcenter.it.support.Logins;
import io.supportcenter.it.support.PortalClient;
import io.supportcenter.it.support.RunsOnPayara;
import io.supportcenter.it.support.TestDatabase;
import io.supportcenter.it.support.TestTopics;
import io.supportcenter.it.support.UniqueWords;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * The knowledge-base editor of the staff console: who may use it, writing and publishing topics (and
 * readers finding them at once), sanitising, keeping an editor's work through errors and conflicts,
 * the category tree, Most Popular Topics choices, and the content-gap report.
 */
@RunsOnPayara
class KnowledgeBaseEditorIT {

    private static final Pattern SAVED_TOPIC = Pattern.compile("/staff/kb/topic\\?id=(-?\\d+)");

    @Deployment(testable = false)
    static WebArchive portal() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    private static String tag() {
        return UniqueWords.letters(6);
    }

    /** A word no starting topic contains, so that searching for it finds only what a test wrote. */
    private static String word() {
        return "zorbl" + tag();
    }

    private static FacesForm topicForm(PortalClient editor, String path, String title, String body, String categorySlug,
                                       String visibility) {
        return FacesForm.open(editor, path, "topic")
                .set("topic:title", title)
                .set("topic:body", body)
                .set("topic:category_input", String.valueOf(TestTopics.categoryId(categorySlug)))
                .set("topic:visibility_input", visibility);
    }

    /** Writes a new topic and returns its id (the editor is redirected to it). */
    private static long create(PortalClient editor, String title, String body, String visibility, String button) {
        HttpResponse<String> saved = topicForm(editor, "/staff/kb/topic", title, body, "reporting", visibility)
                .submit(editor, "topic:" + button);
        assertTrue(PortalClient.isRedirect(saved), () -> "not saved: " + messages(saved));
        Matcher id = SAVED_TOPIC.matcher(PortalClient.redirectTarget(saved).toString());
        assertTrue(id.find(), PortalClient.redirectTarget(saved).toString());
        return Long.parseLong(id.group(1));
    }

    /** The messages a refused form shows (for failure reports). */
    private static String messages(HttpResponse<String> page) {
        Matcher m = Pattern.compile("class=\"ui-message[^\"]*\"[^>]*>(.*?)</div>|id=\"page-messages\"[^>]*>(.*?)</div>", Pattern.DOTALL)
                .matcher(page.body());
        StringBuilder found = new StringBuilder();
        while (m.find()) {
            found.append(m.group()).append('\n');
        }
        return page.statusCode() + " " + found;
    }

    private static String searchAs(PortalClient member, String query) {
        HttpResponse<String> page = member.get("/support/topics?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        assertStatus(200, page);
        return page.body();
    }

    @Test
    void onlyEditorsSupervisorsAndAdminsReachTheEditor() {
        List<String> pages = List.of("/staff/kb", "/staff/kb/topic", "/staff/kb/categories", "/staff/kb/gaps", "/staff/kb/repeated");
        PortalClient agent = Logins.staff(base, Demo.AGENT);
        PortalClient member = Logins.member(base, Demo.PAT);
        for (String page : pages) {
            assertStatus(403, agent.get(page));
            assertStatus(403, member.get(page));
            assertRedirectTo(new PortalClient(base).get(page), "/staff/login");
        }
        for (String staff : List.of(Demo.EDITOR, Demo.LEAD, Demo.ADMIN)) {
            PortalClient client = Logins.staff(base, staff);
            for (String page : pages) {
                assertStatus(200, client.get(page));
            }
        }
        assertFalse(agent.get("/staff/queues").body().contains("id=\"nav-kb\""), "agents are not offered the editor");
        assertTrue(Logins.staff(base, Demo.EDITOR).get("/staff/queues").body().contains("id=\"nav-kb\""));
    }

    @Test
    void aPublishedTopicIsSearchableAtOnceAndFollowsEveryEdit() {
        PortalClient editor = Logins.staff(base, Demo.EDITOR);
        PortalClient member = Logins.member(base, Demo.PAT);
        String first = word();
        long id = create(editor, "Preparing the " + first + " checklist", "Steps for the " + first + " review.", "MEMBERS", "save");
        assertFalse(searchAs(member, first).contains("Preparing the " + first), "a draft is not searchable");

        assertRedirectTo(FacesForm.open(editor, "/staff/kb/topic?id=" + id, "topic")
                .set("topic:related", String.valueOf(TestTopics.topicId("reset-your-password")))
                .submit(editor, "topic:publish"), "/staff/kb/topic");
        assertTrue(searchAs(member, first).contains("Preparing the " + first), "published: found by the next search");
        assertTrue(textOf(member.get("/support/topics/" + id), "related-topics").contains("reset a forgotten password"),
                "the related topic chosen in the editor is offered to readers");

        String second = word();
        HttpResponse<String> renamed = FacesForm.open(editor, "/staff/kb/topic?id=" + id, "topic")
                .set("topic:title", "Preparing the " + second + " checklist").submit(editor, "topic:save");
        assertRedirectTo(renamed, "/staff/kb/topic");
        assertTrue(searchAs(member, second).contains("Preparing the " + second), "the new title is searchable at once");
        assertEquals("The topic was saved.", textOf(editor.follow(renamed), "page-messages"));

        HttpResponse<String> unpublished = FacesForm.open(editor, "/staff/kb?q=" + second, "topics")
                .submit(editor, "topics:list:0:unpublish");
        assertRedirectTo(unpublished, "/staff/kb");
        assertFalse(searchAs(member, second).contains("Preparing the " + second), "unpublished: gone from search");
        assertStatus(404, member.get("/support/topics/" + id));
    }

    @Test
    void scriptInATopicNeverReachesReaders() {
        PortalClient editor = Logins.staff(base, Demo.EDITOR);
        String word = word();
        String body = "Safe " + word + " text.\n\n<script>alert('x')</script>\n\n<img src=x onerror=alert(1)>\n\n"
                + "[click me](javascript:alert(2)) and <a href=\"javascript:alert(3)\">this</a>";
        long id = create(editor, "Script test " + word, body, "PUBLIC", "publish");

        String page = Logins.member(base, Demo.PAT).get("/support/topics/" + id).body();
        String readerBody = between(page, "id=\"topic-body\"", "</article>");
        assertTrue(readerBody.contains("Safe " + word + " text."), "the harmless text stays: " + readerBody);
        String preview = between(editor.get("/staff/kb/topic?id=" + id).body(), "id=\"topic:preview\"", "</section>");
        assertTrue(preview.contains("Safe " + word + " text."), "the preview shows it too: " + preview);
        // Raw HTML in Markdown arrives as harmless text; what must never arrive is markup that runs.
        Pattern runs = Pattern.compile("<script|<[a-z][^>]*\\son[a-z]+\\s*=|href\\s*=\\s*[\"']?\\s*javascript:", Pattern.CASE_INSENSITIVE);
        assertFalse(runs.matcher(readerBody).find(), "the reader's page runs script: " + readerBody);
        assertFalse(runs.matcher(preview).find(), "the preview runs script: " + preview);
        assertTrue(readerBody.contains("click me"), "the link text stays, without its javascript: target: " + readerBody);
    }

    /** The raw HTML from the first {@code start} to the next {@code end}. */
    private static String between(String html, String start, String end) {
        int from = html.indexOf(start);
        assertTrue(from >= 0, "no " + start + " on the page");
        int to = html.indexOf(end, from);
        return html.substring(from, to < 0 ? html.length() : to);
    }

    @Test
    void aValidationErrorKeepsWhatTheEditorTyped() {
        PortalClient editor = Logins.staff(base, Demo.EDITOR);
        String body = "A carefully written answer " + word() + " that must not be lost.";
        HttpResponse<String> refused = topicForm(editor, "/staff/kb/topic", "  ", body, "reporting", "MEMBERS")
                .submit(editor, "topic:save");
        assertStatus(200, refused);
        assertTrue(refused.body().contains("Please enter a title."), describe(refused));
        assertTrue(refused.body().contains(body), "the text is still in the form");
    }

    @Test
    void aSaveOverANewerSaveIsRefusedAndKeepsTheText() {
        PortalClient editor = Logins.staff(base, Demo.EDITOR);
        PortalClient colleague = Logins.staff(base, Demo.LEAD);
        long id = create(editor, "Shared topic " + word(), "First version.", "MEMBERS", "save");
        FacesForm mine = FacesForm.open(editor, "/staff/kb/topic?id=" + id, "topic");
        FacesForm theirs = FacesForm.open(colleague, "/staff/kb/topic?id=" + id, "topic");

        assertRedirectTo(theirs.set("topic:body", "The colleague's version.").submit(colleague, "topic:save"), "/staff/kb/topic");
        String myText = "My own improvement " + word();
        HttpResponse<String> refused = mine.set("topic:body", myText).submit(editor, "topic:save");

        assertStatus(200, refused);
        assertTrue(refused.body().contains("Someone saved this topic after you opened it."), describe(refused));
        assertTrue(refused.body().contains(myText), "the refused text is still in the form");
        assertTrue(editor.get("/staff/kb/topic?id=" + id).body().contains("The colleague&#39;s version.")
                || editor.get("/staff/kb/topic?id=" + id).body().contains("The colleague's version."), "the newer save stands");
    }

    @Test
    void aSaveTheDatabaseRefusesIsReportedAsSuchNotAsAnotherEditorsAndKeepsTheText() {
        PortalClient editor = Logins.staff(base, Demo.EDITOR);
        long id = create(editor, "Fragile topic " + word(), "First version.", "MEMBERS", "save");
        String myText = "Written while the database refused " + word();
        FacesForm mine = FacesForm.open(editor, "/staff/kb/topic?id=" + id, "topic").set("topic:body", myText);
        // The database refuses the row for a reason of its own (here a rule no row meets), as an outage would.
        TestDatabase db = TestDatabase.current();
        db.execute("ALTER TABLE kb_topic ADD CONSTRAINT it_topic_fault CHECK (id < 0)"
                + (db.kind() == TestDatabase.Kind.POSTGRESQL ? " NOT VALID" : " NOCHECK"));
        HttpResponse<String> refused;
        try {
            refused = mine.submit(editor, "topic:save");
        } finally {
            db.execute("ALTER TABLE kb_topic DROP CONSTRAINT it_topic_fault");
        }
        assertStatus(200, refused);
        assertTrue(refused.body().contains("Your change could not be saved just now"), describe(refused));
        assertFalse(refused.body().contains("Someone else changed this"), "not blamed on another editor");
        assertTrue(refused.body().contains(myText), "the text is still in the form");

        assertRedirectTo(FacesForm.of(refused, "topic").submit(editor, "topic:save"), "/staff/kb/topic");
        assertTrue(editor.get("/staff/kb/topic?id=" + id).body().contains(myText), "saved once the database takes it");
    }

    @Test
    void categoriesAreCreatedRenamedMovedReorderedAndFeatured() {
        PortalClient editor = Logins.staff(base, Demo.EDITOR);
        String tag = tag();
        HttpResponse<String> created = FacesForm.open(editor, "/staff/kb/categories", "create")
                .set("create:name", "Tax Forms " + tag)
                .set("create:parent_input", String.valueOf(TestTopics.categoryId("payments")))
                .set("create:team_input", "CLIENT_SUPPORT")
                .set("create:featured_input", "on")
                .submit(editor, "create:submit");
        assertRedirectTo(created, "/staff/kb/categories");
        String slug = "tax-forms-" + tag;
        assertEquals("payments", TestTopics.parentOf(slug));
        PortalClient member = Logins.member(base, Demo.ALEX);
        assertTrue(textOf(member.get("/support/home"), "featured-categories").contains("Tax Forms " + tag));

        String editPage = PortalClient.redirectTarget(created).getRawPath() + "?" + PortalClient.redirectTarget(created).getRawQuery();
        HttpResponse<String> moved = FacesForm.open(editor, editPage, "category")
                .set("category:name", "Tax Documents " + tag)
                .set("category:parent_input", "")
                .set("category:team_input", "NETWORK_QUALITY")
                .clear("category:featured_input")
                .submit(editor, "category:save");
        assertRedirectTo(moved, "/staff/kb/categories");
        assertNull(TestTopics.parentOf(slug), "moved to the top level");
        assertFalse(textOf(member.get("/support/home"), "featured-categories").contains("Tax Forms " + tag),
                "an unticked box takes the category off Support Home");
        String tree = editor.get("/staff/kb/categories").body();
        assertTrue(tree.indexOf("Tax Documents " + tag) > tree.indexOf(">Compliance<"), "a moved category goes last");

        Matcher up = Pattern.compile("id=\"category-" + slug + "\".*?id=\"(tree:rows:\\d+:up)\"", Pattern.DOTALL).matcher(tree);
        assertTrue(up.find(), "the new category can move up");
        assertRedirectTo(FacesForm.open(editor, "/staff/kb/categories", "tree").submit(editor, up.group(1)), "/staff/kb/categories");
        String reordered = editor.get("/staff/kb/categories").body();
        assertTrue(reordered.indexOf("Tax Documents " + tag) < reordered.indexOf(">Compliance<"), "one place up: before Compliance");
        String browse = member.get("/support/topics").body();
        assertTrue(browse.indexOf("Tax Documents " + tag) < browse.indexOf(">Compliance<"), "readers see the same order");

        HttpResponse<String> cycle = FacesForm.open(editor, "/staff/kb/categories?edit=" + TestTopics.categoryId("payments"), "category")
                .set("category:name", "Payments")
                .set("category:parent_input", String.valueOf(TestTopics.categoryId("payment-methods")))
                .set("category:team_input", "CLIENT_SUPPORT")
                .set("category:featured_input", "on")
                .submit(editor, "category:save");
        assertStatus(200, cycle);
        assertNull(TestTopics.parentOf("payments"), "a category cannot move below itself");
    }

    @Test
    void pinnedTopicsComeFirstForThoseWhoMayReadThemAndHiddenOnesNeverShow() throws InterruptedException {
        String tag = tag();
        TestTopics.Generated topic = new TestTopics.Generated(TestTopics.newId(), "pin-me-" + tag, "Pin me " + tag, "Pinned text.");
        TestTopics.insert(List.of(topic), "getting-started", "PUBLISHERS");
        PortalClient editor = Logins.staff(base, Demo.EDITOR);
        PortalClient publisher = Logins.member(base, Demo.SAM);
        PortalClient advertiser = Logins.member(base, Demo.LEE);

        assertRedirectTo(FacesForm.open(editor, "/staff/kb?q=Pin+me+" + tag, "topics").submit(editor, "topics:list:0:pin"), "/staff/kb");
        awaitPopular(publisher, list -> list.startsWith(topic.title()), "the pinned topic leads the publishers' list");
        assertFalse(textOf(advertiser.get("/support/home"), "popular-topics").contains(topic.title()),
                "an advertiser never gets a publisher-only topic, pinned or not");

        assertRedirectTo(FacesForm.open(editor, "/staff/kb?q=Pin+me+" + tag, "topics").submit(editor, "topics:list:0:hide"), "/staff/kb");
        awaitPopular(publisher, list -> !list.contains(topic.title()), "a hidden topic is never listed");
    }

    /** Most Popular Topics are recomputed just after an edit, in the background: wait a little for it. */
    private static void awaitPopular(PortalClient member, java.util.function.Predicate<String> expected, String what) {
        await(what).atMost(Duration.ofSeconds(10)).until(() -> textOf(member.get("/support/home"), "popular-topics"), expected);
    }

    @Test
    void theContentGapReportGroupsSearchesByOwningTeam() {
        PortalClient member = Logins.member(base, Demo.PAT);
        String gap = "payments " + word();
        searchAs(member, "commission reports");
        assertTrue(searchAs(member, gap).contains("No topic matches your search."), "the gap query finds nothing");

        String report = Logins.staff(base, Demo.EDITOR).get("/staff/kb/gaps").body();
        String technical = section(report, "Technical Services");
        assertTrue(technical.contains("commission reports"), technical);
        String client = section(report, "Client Support");
        String zero = client.substring(client.indexOf("gap-zero"));
        assertTrue(zero.contains(gap), "a search without results lands with the team of its likely category: " + client);
    }

    /** The part of the report for one team. */
    private static String section(String report, String team) {
        int heading = report.indexOf("class=\"gap-team-name\">" + team + "<");
        assertTrue(heading >= 0, "no section for " + team);
        int next = report.indexOf("class=\"gap-team-name\">", heading + 1);
        return report.substring(heading, next < 0 ? report.length() : next);
    }
}
