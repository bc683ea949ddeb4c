package io.supportcenter.it;

import static io.supportcenter.it.support.PortalAssertions.assertStatus;
import static io.supportcenter.it.support.PortalAssertions.describe;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.supportcenter.it.support.Demo;
import io.supportcenter.it.support.Deployments;
import io.supportcenter.it.support.FacesForm;
import io.supportcenter.it.support.JobRuns;
import io.supportcenter.it.support.Logins;
import io.supportcenter.it.support.Mailbox;
import io.supportcenter.it.support.OwnNodes;
import io.supportcenter.it.support.PortalClient;
import io.supportcenter.it.support.PortalNode;
import io.supportcenter.it.support.Questions;
import io.supportcenter.it.support.TcpRelay;
import io.supportcenter.it.support.TestDatabase;
import io.supportcenter.it.support.TestTopics;
import io.supportcenter.it.support.UniqueWords;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two Payara Micro nodes in one data grid (Hazelcast, TCP/IP discovery on loopback) sharing the test
 * database, as production runs: the jobs run on both nodes every second and still send each email once; a topic
 * published on one node is found by search on the other, and a category featured there shows on the other's
 * Support Home; last, a member who logged in on node A and left an Ask a Question form half done presses Finish as
 * A dies, and sends it again at node B without logging in again and without losing what was typed (one inquiry,
 * not none and not two). The node that dies is one of the two, so the class boots two nodes, not three.
 */
@ExtendWith(OwnNodes.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    private static final Instant NOW = Deployments.FIXED_NOW;
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static Mailbox mailbox;
    private static WebArchive archive;
    private static String cluster;
    private static List<Integer> gridPorts;
    private static PortalNode a;
    private static PortalNode b;
    private static Connection databaseHost;

    @BeforeAll
    static void startCluster() throws SQLException {
        // On H2 the first process to open the file serves it to the others (AUTO_SERVER): the test, not node A,
        // which dies in the last test.
        databaseHost = TestDatabase.current().connect();
        mailbox = Mailbox.start();
        archive = Deployments.portalWithFixedClock(NOW, Map.of("support.inquiry.jobs-seconds", "1",
                "support.dormancy.jobs-seconds", "1", "support.kb.sync-seconds", "1", "support.inquiry.index-sync-seconds", "1", "support.signup.challenge-key", "it-cluster-" + UUID.randomUUID()));
        cluster = "it-" + UUID.randomUUID().toString().substring(0, 8);
        gridPorts = new ArrayList<>(List.of(PortalNode.freePort(), PortalNode.freePort()));
        a = startNode("a", gridPorts.get(0));
        b = startNode("b", gridPorts.get(1));
    }

    /** A node of this test's data grid, on loopback, that knows every grid port handed out so far. */
    private static PortalNode startNode(String name, int gridPort) {
        String members = "tcpip:" + gridPorts.stream().map(port -> "127.0.0.1:" + port).collect(Collectors.joining(","));
        // The guide's recipe: the grid bound to the private interface only, with the cluster's name as its shared secret.
        return PortalNode.start(archive, name, Map.of("hazelcast.socket.bind.any", "false"), List.of("--clustername", cluster,
                "--clustermode", members, "--startport", Integer.toString(gridPort), "--interfaces", "127.0.0.1"), "/help");
    }

    @AfterAll
    static void stopCluster() throws SQLException {
        for (PortalNode node : new PortalNode[] {a, b}) {
            if (node != null) {
                node.close();
            }
        }
        mailbox.close();
        databaseHost.close();
    }

    private static URL url(PortalNode node) {
        try {
            return node.root().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    @Order(0)
    void theDataGridListensOnItsInterfaceOnlyAndAMemberWithoutTheClustersNameIsRefused() throws Exception {
        int grid = gridPorts.get(0);
        assertTrue(accepts("127.0.0.1", grid), "node A's grid answers on its interface");
        assertFalse(accepts("127.0.0.2", grid), "and on no other address (hazelcast.socket.bind.any=false)");

        com.hazelcast.config.Config stranger = new com.hazelcast.config.Config().setClusterName("not-" + cluster)
                .setProperty("hazelcast.phone.home.enabled", "false").setProperty("hazelcast.wait.seconds.before.join", "0")
                .setProperty("hazelcast.logging.type", "jdk");
        stranger.getJetConfig().setEnabled(false);
        stranger.getNetworkConfig().setPort(PortalNode.freePort()).setPortAutoIncrement(false)
                .getInterfaces().setEnabled(true).addInterface("127.0.0.1");
        stranger.getNetworkConfig().getJoin().getMulticastConfig().setEnabled(false);
        stranger.getNetworkConfig().getJoin().getTcpIpConfig().setEnabled(true).addMember("127.0.0.1:" + grid);
        com.hazelcast.core.HazelcastInstance intruder = com.hazelcast.core.Hazelcast.newHazelcastInstance(stranger);
        try {
            assertEquals(1, intruder.getCluster().getMembers().size(), "the stranger is alone in a cluster of its own");
            org.awaitility.Awaitility.await("node A refusing the stranger's join request").atMost(WAIT)
                    .until(() -> a.log().contains("different cluster"));
        } finally {
            intruder.shutdown();
        }
    }

    private static boolean accepts(String address, int port) {
        try (java.net.Socket socket = new java.net.Socket()) {
            socket.connect(new java.net.InetSocketAddress(address, port), 2000);
            return true;
        } catch (java.io.IOException refused) {
            return false;
        }
    }

    @Test
    @Order(1)
    void aTopicPublishedOnOneNodeIsFoundBySearchOnTheOther() throws Exception {
        String word = "zorbl" + UniqueWords.letters(6);
        long fullBuildsOnB = indexRefreshes(url(b), "full");
        long updatesOnB = indexRefreshes(url(b), "changes");
        PortalClient editor = Logins.staff(url(a), Demo.EDITOR);
        HttpResponse<String> published = FacesForm.open(editor, "/staff/kb/topic", "topic")
                .set("topic:title", "Preparing the " + word + " checklist")
                .set("topic:body", "Steps for the " + word + " review.")
                .set("topic:category_input", String.valueOf(TestTopics.categoryId("reporting")))
                .set("topic:visibility_input", "MEMBERS")
                .submit(editor, "topic:publish");
        assertTrue(PortalClient.isRedirect(published), describe(published));

        // Each node keeps its own search index; node B learns of the edit from the database.
        PortalClient member = Logins.member(url(b), Demo.PAT);
        awaitPageShowing(member, "/support/topics?q=" + word, "Preparing the " + word, "node B's search finds what node A published");
        assertEquals(fullBuildsOnB, indexRefreshes(url(b), "full"), "node B indexed the changed topic, not every topic again");
        assertTrue(indexRefreshes(url(b), "changes") > updatesOnB, "node B's index took the change");
    }

    @Test
    @Order(2)
    void anInquirySolvedOnOneNodeIsOfferedAsSimilarOnTheOther() throws Exception {
        String word = "quarb" + UniqueWords.letters(6);
        // Node B has built its index of solved inquiries (a second after start) before the change it should only add.
        await("node B's first index build").atMost(WAIT).until(() -> refreshes(url(b), "support_inquiry_index_refreshes_total", "full") == 1);
        long updatesOnB = refreshes(url(b), "support_inquiry_index_refreshes_total", "changes");
        PortalClient agentOnA = Logins.staff(url(a), Demo.AGENT);
        // Alex's account: these inquiries carry this class's fixed clock (noon today, maybe hours ahead), which would head
        // the "newest first" lists and Pat's earlier inquiries that other classes read from the same database.
        long solved = Questions.ask(Logins.member(url(a), Demo.ALEX), "Payment Methods", "Returned " + word + " payout",
                "My " + word + " payout came back from the bank.");
        assertTrue(PortalClient.isRedirect(FacesForm.open(agentOnA, "/staff/inquiries/" + solved, "work")
                .set("work:text", "Check the " + word + " account holder name.").submit(agentOnA, "work:replyClose")));

        PortalClient agentOnB = Logins.staff(url(b), Demo.AGENT);
        long open = Questions.ask(Logins.member(url(b), Demo.ALEX), "Payment Methods", "Returned " + word + " payout",
                "The bank sent my " + word + " payout back.");
        // The solved inquiry's reply shows on the open one's page only among similar solved inquiries.
        awaitPageShowing(agentOnB, "/staff/inquiries/" + open, "Check the " + word + " account holder name.", "node B offers what node A solved");
        assertEquals(1, refreshes(url(b), "support_inquiry_index_refreshes_total", "full"), "node B took the change, not every inquiry again");
        assertTrue(refreshes(url(b), "support_inquiry_index_refreshes_total", "changes") > updatesOnB);
        SimilarInquiriesIT.closeAll(agentOnB, open);
    }

    /** The node's search-index refreshes of this kind so far ({@code support_search_index_refreshes_total} on /metrics). */
    private static long indexRefreshes(URL node, String kind) {
        return refreshes(node, "support_search_index_refreshes_total", kind);
    }

    /** The node's refreshes of this kind so far, of the index whose series this is on /metrics. */
    private static long refreshes(URL node, String series, String kind) {
        Matcher line = Pattern.compile("(?m)^" + series + "\\{([^}]*)}\\s+([0-9.eE+-]+)$")
                .matcher(new PortalClient(node).metrics("").body());
        long refreshes = 0;
        while (line.find()) {
            if (line.group(1).contains("kind=\"" + kind + "\"")) {
                refreshes += (long) Double.parseDouble(line.group(2));
            }
        }
        return refreshes;
    }

    @Test
    @Order(2)
    void aCategoryFeaturedOnOneNodeShowsOnTheOthersSupportHome() throws Exception {
        PortalClient member = Logins.member(url(b), Demo.PAT);
        assertStatus(200, member.get("/support/home")); // node B now holds its copy of the category tree
        String name = "Cluster Guides " + UniqueWords.letters(6);
        PortalClient editor = Logins.staff(url(a), Demo.EDITOR);
        HttpResponse<String> created = FacesForm.open(editor, "/staff/kb/categories", "create")
                .set("create:name", name)
                .set("create:parent_input", String.valueOf(TestTopics.categoryId("payments")))
                .set("create:team_input", "CLIENT_SUPPORT")
                .set("create:featured_input", "on")
                .submit(editor, "create:submit");
        assertTrue(PortalClient.isRedirect(created), describe(created));

        // Node B drops its copy when it sees the knowledge base's change counter move in the database.
        awaitPageShowing(member, "/support/home", name, "node B's Support Home shows what node A featured");
    }

    @Test
    @Order(4)
    void aSessionAndItsHalfDoneQuestionMoveToTheOtherNodeWhenOneDiesMidRequest() throws Exception {
        // Node A dies here, so this test comes last.
        PortalNode dying = a;
        try (dying; TcpRelay toA = TcpRelay.to("127.0.0.1", dying.root().getPort())) {
            memberCarriesOnOnBWhenTheirNodeDiesMidFinish(dying, toA);
        } finally {
            a = null;
        }
    }

    private void memberCarriesOnOnBWhenTheirNodeDiesMidFinish(PortalNode c, TcpRelay toC) throws Exception {
        // Every node answers on localhost, so the member's cookie goes to any of them, as behind a load balancer.
        PortalClient member = Logins.member(url(c), Demo.PAT);
        HttpResponse<String> form = member.get("/support/ask");
        Matcher row = Pattern.compile("data-rowkey=\"([^\"]+)\"(?:(?!data-rowkey).)*?>\\s*Web Services\\s*<", Pattern.DOTALL)
                .matcher(form.body());
        assertTrue(row.find(), describe(form));
        String subject = "Cluster key " + UUID.randomUUID().toString().substring(0, 4);
        FacesForm ask = FacesForm.of(form, "ask").set("ask:category_selection", row.group(1))
                .set("ask:subject", subject).set("ask:question", "Where do I find my web services API key?");
        // A file chosen on C waits in the shared database; the session replicated to B names it.
        assertStatus(200, ask.upload(member, "ask:files", "ask:files-message ask:fileList", "where-i-looked.csv",
                "page,seen\nAccount settings,no key\n".getBytes(StandardCharsets.UTF_8)));
        HttpResponse<String> suggestions = ask.submit(member, "ask:continue");
        assertStatus(200, suggestions);
        assertTrue(suggestions.body().contains("id=\"suggestions\""), describe(suggestions));

        // The member presses Finish just as node C dies: C is frozen first, and killed once the relay in front
        // of it has passed the request on, so the request is under way, not answered; the browser shows an
        // error and the member presses Finish again.
        c.freeze();
        long before = toC.bytesRelayed();
        URI finishThroughRelay = URI.create("http://localhost:" + toC.port() + FacesForm.of(suggestions, "ask").action().getPath());
        CompletableFuture<HttpResponse<String>> finishOnC = CompletableFuture.supplyAsync(
                () -> FacesForm.of(suggestions, "ask").submitTo(member, finishThroughRelay, "ask:finish"));
        await("the Finish request leaving for node C").atMost(WAIT).until(() -> toC.bytesRelayed() > before);
        c.kill();
        assertThrows(CompletionException.class, finishOnC::join, "node C never answered");

        URI finishOnB = b.root().resolve(FacesForm.of(suggestions, "ask").action().getPath());
        HttpResponse<String> sent = FacesForm.of(suggestions, "ask").submitTo(member, finishOnB, "ask:finish");
        // A lost session would have sent the member to /login, a lost view to the expired-page.
        assertTrue(PortalClient.isRedirect(sent) && PortalClient.redirectPath(sent).startsWith("/support/history/"),
                "node B went on with the form node C showed: " + describe(sent));
        HttpResponse<String> inquiry = member.get(PortalClient.redirectTarget(sent));
        assertStatus(200, inquiry);
        assertEquals(b.root().getPort(), inquiry.uri().getPort());
        assertTrue(inquiry.body().contains(subject), describe(inquiry));
        assertEquals(1, TestDatabase.current().count("SELECT COUNT(*) FROM inquiry WHERE subject = '" + subject + "'"));
        assertEquals(1, TestDatabase.current().count("SELECT COUNT(*) FROM inquiry_attachment a JOIN inquiry_message m ON m.id = a.message_id"
                + " JOIN inquiry i ON i.id = m.inquiry_id WHERE i.subject = '" + subject + "' AND a.file_name = 'where-i-looked.csv'"),
                "the file chosen on C went with the question sent from B");
    }

    @Test
    @Order(3)
    void theJobsOfBothNodesSendEachEmailOnce() throws Exception {
        PortalNode node = b;
        PortalClient member = Logins.member(url(node), Demo.SAM);
        HttpResponse<String> form = member.get("/support/ask");
        Matcher row = Pattern.compile("data-rowkey=\"([^\"]+)\"(?:(?!data-rowkey).)*?>\\s*Web Services\\s*<", Pattern.DOTALL)
                .matcher(form.body());
        assertTrue(row.find());
        String subject = "Cluster jobs " + UUID.randomUUID().toString().substring(0, 4);
        HttpResponse<String> finished = FacesForm.of(FacesForm.of(form, "ask").set("ask:category_selection", row.group(1))
                .set("ask:subject", subject).set("ask:question", "Which key do the web services take?").submit(member, "ask:continue"), "ask")
                .submit(member, "ask:finish");
        Matcher address = Pattern.compile("/support/history/(\\d+)$").matcher(PortalClient.redirectTarget(finished).getPath());
        assertTrue(address.find(), describe(finished));
        long number = Long.parseLong(address.group(1));

        awaitingMemberSince(number, 49);
        awaitMail(Demo.SAM, "#" + number + " closes soon");
        awaitingMemberSince(number, 73);
        awaitMail(Demo.SAM, "#" + number + " was closed");
        // Both nodes run the job and their mail senders twice more: a second mail would have been sent by then.
        JobRuns.awaitMore(2, List.of(url(a), url(b)), JobRuns.INQUIRY, JobRuns.MAIL);
        assertEquals(1, mails(Demo.SAM, "#" + number + " closes soon"), "one reminder from two nodes");
        assertEquals(1, mails(Demo.SAM, "#" + number + " was closed"), "one close from two nodes");
        assertEquals(1, mails(Demo.SAM, "We received your question #" + number + ":"), "one confirmation from two mail senders");
    }

    private static long mails(String recipient, String subjectPart) {
        return mailbox.to(recipient).stream().filter(m -> Mailbox.subject(m).contains(subjectPart)).count();
    }

    /** Whether the page shows the text within 30 s: what one node changed reaches the other through the database. */
    private static void awaitPageShowing(PortalClient client, String path, String text, String what) {
        await(what + " (" + path + " showing \"" + text + "\")").atMost(Duration.ofSeconds(30))
                .until(() -> client.get(path).body().contains(text));
    }

    private static void awaitMail(String recipient, String subjectPart) {
        mailbox.awaitSubject(recipient, subjectPart, WAIT);
    }

    private static void awaitingMemberSince(long number, int hoursAgo) throws SQLException {
        try (Connection c = TestDatabase.current().connect(); PreparedStatement update = c.prepareStatement(
                "UPDATE inquiry SET status = 'AWAITING_MEMBER', awaiting_since = ?, first_responded_at = ?, version = version + 1 WHERE id = ?")) {
            update.setObject(1, NOW.minus(Duration.ofHours(hoursAgo)).atOffset(ZoneOffset.UTC));
            update.setObject(2, NOW.minus(Duration.ofHours(hoursAgo)).atOffset(ZoneOffset.UTC));
            update.setLong(3, number);
            assertEquals(1, update.executeUpdate());
        }
    }
}
