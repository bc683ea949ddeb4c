package io.supportcenter.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.supportcenter.it.support.Deployments;
import io.supportcenter.it.support.JobRuns;
import io.supportcenter.it.support.Mailbox;
import io.supportcenter.it.support.PinnedClock;
import io.supportcenter.it.support.PortalClient;
import io.supportcenter.it.support.PortalNode;
import io.supportcenter.it.support.RunsOnPayara;
import io.supportcenter.it.support.TestDatabase;
import io.supportcenter.it.support.TestMembers;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The dormancy job in a running portal of two nodes sharing the database (each running the job every
 * second, both clocks pinned): two publishers without commissions for eight months are warned once each; a
 * commission through the API withdraws one warning; the other account is deactivated and emailed once its
 * announced deadline has passed; however the nodes' runs meet, each account gets one mail of each kind.
 */
@RunsOnPayara
class DormancyIT {

    private static final Instant NOW = Deployments.FIXED_NOW;
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static Mailbox mailbox;

    @Deployment(testable = false)
    static WebArchive portal() {
        return Deployments.portal();
    }

    private static PortalNode secondNode;

    @ArquillianResource
    URL base;

    /** The jobs and pages of each test see {@link #NOW}; the next test sees the real time again. */
    @RegisterExtension
    final PinnedClock clock = PinnedClock.at(NOW, () -> List.of(base, secondNode.root().toURL()));

    @BeforeAll
    static void startMailboxAndSecondNode() {
        mailbox = Mailbox.start();
        secondNode = PortalNode.startBrief(portal(), "dormancy", List.of("--nocluster"));
    }

    @AfterAll
    static void stopMailboxAndSecondNode() {
        if (secondNode != null) {
            secondNode.close();
        }
        mailbox.close();
    }

    private static String timestamp(Instant moment) {
        return "TIMESTAMP WITH TIME ZONE '" + OffsetDateTime.ofInstant(moment, ZoneOffset.UTC)
                .format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ssxxx")) + "'";
    }

    private static void activeSince(String email, Instant since) {
        TestDatabase.current().execute("UPDATE account SET active_since = " + timestamp(since) + " WHERE account_number = '"
                + TestMembers.accountNumberOf(email) + "'");
    }

    private static long count(String email, String condition) {
        return TestDatabase.current().count("SELECT COUNT(*) FROM account WHERE account_number = '" + TestMembers.accountNumberOf(email)
                + "' AND " + condition);
    }

    private static String apiKey() throws NoSuchAlgorithmException {
        String secret = "sc_" + UUID.randomUUID().toString().replace("-", "") + UUID.randomUUID().toString().replace("-", "");
        String hash = "sha256$" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        TestDatabase.current().execute("INSERT INTO api_key (id, name, key_hash, key_start, created_at, created_by) VALUES ("
                + (1_000 + (System.nanoTime() % 100_000)) + ", 'DormancyIT', '" + hash + "', '" + secret.substring(0, 9) + "', "
                + timestamp(NOW) + ", 'test')");
        return secret;
    }

    private HttpResponse<String> commission(String key, String account) throws IOException, InterruptedException {
        String body = "{\"externalId\":\"dormancy-" + UUID.randomUUID() + "\",\"accountNumber\":\"" + account + "\",\"amount\":5,"
                + "\"currency\":\"USD\",\"eventTime\":\"" + NOW.minus(Duration.ofDays(1)) + "\",\"valid\":true}";
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(HttpRequest.newBuilder(new PortalClient(base).uri("/api/v1/commissions"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + key)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void warnedOnceThenDeactivatedUnlessACommissionArrives() throws Exception {
        String sleepy = TestMembers.newSuperUser("sleepy");
        String wakes = TestMembers.newSuperUser("wakes");
        Instant eightMonthsAgo = OffsetDateTime.ofInstant(NOW, ZoneOffset.UTC).minusMonths(8).toInstant();
        activeSince(sleepy, eightMonthsAgo);
        activeSince(wakes, eightMonthsAgo);

        assertTrue(Mailbox.subject(mailbox.await(sleepy, 1, WAIT)).contains("will be deactivated after"));
        mailbox.await(wakes, 1, WAIT);
        assertEquals(1, count(sleepy, "dormancy_warned_at IS NOT NULL AND dormancy_deadline > " + timestamp(NOW)));

        assertEquals(200, commission(apiKey(), TestMembers.accountNumberOf(wakes)).statusCode());
        assertEquals(1, count(wakes, "dormancy_warned_at IS NULL AND status = 'ACTIVE'"), "the commission withdrew the warning");

        TestDatabase.current().execute("UPDATE account SET dormancy_deadline = " + timestamp(NOW.minusSeconds(60))
                + " WHERE account_number = '" + TestMembers.accountNumberOf(sleepy) + "'");
        assertTrue(Mailbox.subject(mailbox.await(sleepy, 2, WAIT)).contains("was deactivated"));
        assertEquals(1, count(sleepy, "status = 'DEACTIVATED_DORMANT'"));

        // Both nodes run their jobs and mail senders twice more: anything more they would send is sent by then.
        JobRuns.awaitMore(2, List.of(base, secondNode.root().toURL()), JobRuns.DORMANCY, JobRuns.MAIL);
        assertEquals(2, mailbox.to(sleepy).size(), "one warning and one deactivation, however often and on whichever node the job runs");
        assertEquals(1, mailbox.to(wakes).size(), "warned once; never deactivated");
        assertEquals(1, count(wakes, "status = 'ACTIVE'"));
    }
}
