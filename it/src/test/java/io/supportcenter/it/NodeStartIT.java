package io.supportcenter.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.supportcenter.it.support.Deployments;
import io.supportcenter.it.support.FacesForm;
import io.supportcenter.it.support.ItSettings;
import io.supportcenter.it.support.Mailbox;
import io.supportcenter.it.support.OwnNodes;
import io.supportcenter.it.support.PortalClient;
import io.supportcenter.it.support.PortalNode;
import io.supportcenter.it.support.TcpRelay;
import io.supportcenter.it.support.TestDatabase;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.h2.tools.Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A node's start as an operator meets it: a node started before its (new, empty) database is reachable deploys, says
 * it is not ready and why, and starts by itself once the database answers, migrations included; the first admin of that
 * empty database is invited once from configuration (never given a password), and the demo data is refused on
 * PostgreSQL; a database migrated by a newer build takes the node out of readiness; a setting that breaks a rule between
 * two settings fails the start for good with both keys named, and turns liveness DOWN.
 */
@ExtendWith(OwnNodes.class)
class NodeStartIT {

    private static final String FIRST_ADMIN = "first-admin@node-start.example";
    private static final Pattern WELCOME_LINK = Pattern.compile("/staff/welcome\\?token=([A-Za-z0-9_-]+)");
    private static final String NEW_PASSWORD = "granite-meadow-lantern-31";
    private static final String SCHEMA = "node_start";

    private static Mailbox mailbox;
    private static Server h2;

    @BeforeAll
    static void startMailServer() {
        mailbox = Mailbox.start();
    }

    @AfterAll
    static void stop() {
        mailbox.close();
        if (h2 != null) {
            h2.stop();
        }
    }

    /** A new, empty database of the suite's kind: a schema of its own on PostgreSQL, a database of an H2 server otherwise. */
    private static OwnDatabase emptyDatabase() throws SQLException {
        TestDatabase suite = TestDatabase.current();
        if (suite.kind() == TestDatabase.Kind.POSTGRESQL) {
            try (Connection c = suite.connect(); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
                s.execute("CREATE SCHEMA " + SCHEMA);
            }
            URI target = URI.create(suite.url().substring("jdbc:".length()));
            return new OwnDatabase(target.getHost(), target.getPort() < 0 ? 5432 : target.getPort(),
                    port -> "jdbc:postgresql://127.0.0.1:" + port + target.getRawPath() + "?currentSchema=" + SCHEMA, true);
        }
        Path files = ItSettings.targetDir().resolve("node-start-h2");
        if (Files.exists(files)) {
            try (java.util.stream.Stream<Path> old = Files.walk(files)) {
                for (Path path : old.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            } catch (java.io.IOException e) {
                throw new IllegalStateException("could not empty " + files, e);
            }
        }
        h2 = Server.createTcpServer("-tcpPort", Integer.toString(PortalNode.freePort()), "-ifNotExists", "-baseDir", files.toString()).start();
        return new OwnDatabase("127.0.0.1", h2.getPort(), port -> "jdbc:h2:tcp://127.0.0.1:" + port + "/node-start;LOCK_TIMEOUT=10000", false);
    }

    private record OwnDatabase(String host, int port, java.util.function.IntFunction<String> urlThrough, boolean postgresql) {

        Connection connect() throws SQLException {
            TestDatabase suite = TestDatabase.current();
            return postgresql ? DriverManager.getConnection(urlThrough.apply(port).replace("127.0.0.1:" + port, host + ":" + port),
                    System.getProperty("test.db.user", ""), System.getProperty("test.db.password", ""))
                    : DriverManager.getConnection(urlThrough.apply(port), suite.kind() == TestDatabase.Kind.H2 ? "support" : "", "support");
        }

        long count(String sql) throws SQLException {
            try (Connection c = connect(); Statement s = c.createStatement(); java.sql.ResultSet rows = s.executeQuery(sql)) {
                rows.next();
                return rows.getLong(1);
            }
        }

        void execute(String sql) throws SQLException {
            try (Connection c = connect(); Statement s = c.createStatement()) {
                s.execute(sql);
            }
        }
    }

    @Test
    void aNodeWaitsForItsDatabaseThenMigratesItInvitesTheFirstAdminOnceAndLeavesReadinessForANewerSchema() throws Exception {
        OwnDatabase database = emptyDatabase();
        try (TcpRelay relay = TcpRelay.to(database.host(), database.port())) {
            relay.cut();
            Map<String, String> settings = new java.util.HashMap<>(Map.of(
                    "support.db.url", database.urlThrough().apply(relay.port()),
                    "support.data.dir", ItSettings.targetDir().resolve("node-start-data").toString(),
                    "support.admin.first-email", FIRST_ADMIN));
            if (database.postgresql()) {
                settings.put("support.demo-data.on-postgresql", "false"); // the suite's nodes have it; an operator's would not
            } else {
                settings.put("support.db.user", "support");
                settings.put("support.db.password", "support");
                settings.put("support.demo-data", "false");
            }
            try (PortalNode node = PortalNode.startUntil(Deployments.portal(), "waiting", settings, List.of("--nocluster"), "/health/live",
                    answer -> answer.statusCode() == 200 && answer.body().contains("\"start\""))) {
                PortalClient client = new PortalClient(node.root().toURL());
                HttpResponse<String> ready = client.get("/health/ready");
                assertEquals(503, ready.statusCode(), ready.body());
                assertTrue(ready.body().contains("waiting for the database"), "the probe says why in a few words: " + ready.body());
                HttpResponse<String> login = client.get("/login");
                assertEquals(503, login.statusCode());
                assertEquals("30", login.headers().firstValue("Retry-After").orElse(""));
                assertTrue(login.body().contains("not available yet"), login.body());
                assertTrue(node.log().contains("Support Center is not started yet, waiting for the database"), "the log says why");

                relay.restore();
                await("the node starting once its database answers").atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500))
                        .until(() -> client.get("/health/ready").statusCode() == 200);
                assertEquals(200, client.get("/login").statusCode());
                assertEquals(1, occurrences(node.log(), "Support Center is not started yet"), "said once, not once per attempt");
                assertEquals(TestDatabase.current().expectedSchemaVersion(), String.valueOf(database.count(
                        "SELECT MAX(CAST(\"version\" AS INTEGER)) FROM \"flyway_schema_history\" WHERE \"success\" = TRUE")),
                        "the migrations ran once the database was there");
                if (database.postgresql()) {
                    assertTrue(node.log().contains("DEMO DATA NOT LOADED"), "the refusal is said loudly");
                    assertEquals(0, database.count("SELECT COUNT(*) FROM account"), "no demo accounts on PostgreSQL without the second key");
                }

                firstAdminIsInvitedOnce(node.root().toURL(), database);
                newerSchemaTakesTheNodeOutOfReadiness(client, node, database);
            }
        }
    }

    private static void firstAdminIsInvitedOnce(URL root, OwnDatabase database) throws Exception {
        MimeMessage invitation = mailbox.await(FIRST_ADMIN, 1, Duration.ofSeconds(30));
        assertEquals("Choose the password of the first Support Center admin", Mailbox.subject(invitation));
        Matcher link = WELCOME_LINK.matcher(Mailbox.text(invitation));
        assertTrue(link.find(), Mailbox.text(invitation));
        String welcome = "/staff/welcome?token=" + link.group(1);
        assertEquals(1, database.count("SELECT COUNT(*) FROM staff_user"));
        assertEquals(0, database.count("SELECT COUNT(*) FROM outgoing_mail_value WHERE content LIKE '%" + link.group(1) + "%'"),
                "the outbox never held the token readable");

        PortalClient invitee = new PortalClient(root);
        HttpResponse<String> chosen = FacesForm.open(invitee, welcome, "welcome").set("welcome:new", NEW_PASSWORD)
                .set("welcome:confirmation", NEW_PASSWORD).submit(invitee, "welcome:submit");
        assertTrue(PortalClient.isRedirect(chosen) && PortalClient.redirectPath(chosen).equals("/staff/login"), chosen.body());
        HttpResponse<String> replay = new PortalClient(root).get(welcome);
        assertTrue(replay.body().contains("does not work"), "the link works once");
        assertEquals(1, database.count("SELECT COUNT(*) FROM staff_user"), "no second admin");
        assertEquals(1, database.count("SELECT COUNT(*) FROM staff_user WHERE password_hash NOT LIKE '!%' AND password_hash <> ''"),
                "the admin has the password they chose");
    }

    private static void newerSchemaTakesTheNodeOutOfReadiness(PortalClient client, PortalNode node, OwnDatabase database) throws Exception {
        database.execute("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", \"type\", \"script\","
                + " \"checksum\", \"installed_by\", \"execution_time\", \"success\") VALUES (999, '999', 'from a newer build', 'SQL',"
                + " 'V999__from_a_newer_build.sql', 0, 'it', 0, TRUE)");
        HttpResponse<String> ready = client.get("/health/ready");
        assertEquals(503, ready.statusCode(), ready.body());
        assertTrue(ready.body().contains("newer than this build"), ready.body());
        await("the reason in the log").atMost(Duration.ofSeconds(10))
                .until(() -> node.log().contains("schema is at version 999, newer than this build's"));
        database.execute("DELETE FROM \"flyway_schema_history\" WHERE \"installed_rank\" = 999");
        assertEquals(200, client.get("/health/ready").statusCode());
    }

    @Test
    void anUberJarMadeAsTheGuideSaysServesTheRootAndASettingThatBreaksARuleFailsItsStartForGoodNamingBothKeys() throws Exception {
        // Nothing here depends on the database's kind: the PostgreSQL pass leaves it to the H2 one.
        org.junit.jupiter.api.Assumptions.assumeTrue(TestDatabase.current().kind() == TestDatabase.Kind.H2, "run in the H2 pass");
        Path uberJar = uberJarAsTheGuideMakesIt();
        // arquillian.xml lists two waits (support.login.slowdown-seconds=60,120): two failures before the lock cannot hold them.
        try (PortalNode node = PortalNode.startUberJar(uberJar, "misconfigured", Map.of("support.login.max-failures", "2"),
                List.of("--nocluster"), "/health/live", answer -> answer.body().contains("a setting cannot be used"))) {
            PortalClient client = new PortalClient(node.root().toURL());
            HttpResponse<String> live = client.get("/health/live");
            assertTrue(live.body().contains("a setting cannot be used"), live.body());
            HttpResponse<String> login = client.get("/login");
            assertEquals(503, login.statusCode(), "the portal itself answers at /login (not Payara's 404)");
            assertTrue(login.body().contains("not available yet"), login.body());
            String log = node.log();
            assertTrue(log.contains("Support Center cannot start: support.login.slowdown-seconds (60,120) must list fewer waits than"
                    + " support.login.max-failures (2)"), "the log names both keys and the rule");
            assertFalse(log.contains("policy.invalid"), "never a message key");
        }
    }

    /** docs/operations.md: "java -jar payara-micro.jar --deploy support-center.war:/ --outputuberjar support-center.jar". */
    private static Path uberJarAsTheGuideMakesIt() throws Exception {
        Path dir = ItSettings.targetDir().resolve("uber-jar");
        Files.createDirectories(dir);
        Path war = dir.resolve("support-center.war");
        Files.copy(ItSettings.war(), war, StandardCopyOption.REPLACE_EXISTING);
        Path jar = dir.resolve("support-center.jar");
        Files.deleteIfExists(jar);
        Process packing = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                ItSettings.payaraJar().toString(), "--deploy", war + ":/", "--outputuberjar", jar.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("packing.log").toFile()).start();
        assertTrue(packing.waitFor(120, java.util.concurrent.TimeUnit.SECONDS) && packing.exitValue() == 0,
                "packing the uber jar: " + Files.readString(dir.resolve("packing.log")));
        return jar;
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }
}
