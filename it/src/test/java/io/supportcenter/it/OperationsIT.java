package io.supportcenter.it;

import static io.supportcenter.it.support.PortalAssertions.assertStatus;
import static io.supportcenter.it.support.PortalAssertions.describe;
import static io.supportcenter.it.support.PortalAssertions.jsonOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.supportcenter.it.support.Demo;
import io.supportcenter.it.support.Deployments;
import io.supportcenter.it.support.Logins;
import io.supportcenter.it.support.PortalClient;
import io.supportcenter.it.support.PortalNode;
import io.supportcenter.it.support.RunsOnPayara;
import io.supportcenter.it.support.TestDatabase;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * What operations relies on: health, metrics, the schema version, demo data that is loaded exactly once
 * into a database that several Payara boots share, and a node that writes what it holds when it stops
 * (this class boots a second node).
 */
@RunsOnPayara
class OperationsIT {

    static final TestDatabase.RowCounts EXPECTED_DEMO = new TestDatabase.RowCounts(5, 7, 6);

    @Deployment(testable = false)
    static WebArchive portal() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    private final TestDatabase db = TestDatabase.current();

    @Test
    void readinessIsUpWithTheDatabaseCheckAndTellsAnonymousCallersNothingMore() {
        JsonObject health = health("/health/ready");

        assertEquals("UP", health.getString("status"), "overall readiness: " + health);
        JsonObject database = health.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(c -> "database".equals(c.getString("name")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no readiness check named database: " + health));
        assertEquals("UP", database.getString("status"), "database check: " + database);
        assertTrue(!database.containsKey("data") || database.getJsonObject("data").isEmpty(),
                "no product or versions for anonymous callers: " + database);
        HttpResponse<String> all = new PortalClient(base).get("/health");
        assertFalse(all.body().contains(db.expectedSchemaVersion()) && all.body().contains("schemaVersion"), all.body());
        assertFalse(all.body().toLowerCase(Locale.ROOT).contains("postgresql") || all.body().contains("H2"), all.body());
    }

    @Test
    void livenessIsUp() {
        assertEquals("UP", health("/health/live").getString("status"));
    }

    @Test
    void metricsNeedTheScrapeTokenOrAnAdministrator() {
        HttpResponse<String> anonymous = new PortalClient(base).get("/metrics");
        assertStatus(401, anonymous);
        assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"), describe(anonymous));
        assertFalse(anonymous.body().contains("support_"), "no figure without the token");
        assertStatus(401, new PortalClient(base).get("/metrics/application"));
        assertStatus(401, Logins.member(base, Demo.PAT).get("/metrics"));
        assertStatus(401, Logins.staff(base, Demo.AGENT).get("/metrics"));

        HttpResponse<String> scraped = new PortalClient(base).metrics("");
        assertStatus(200, scraped);
        assertTrue(scraped.body().contains("support_"), "the portal's own figures: " + scraped.body().length() + " chars");
        assertStatus(200, Logins.staff(base, Demo.ADMIN).get("/metrics"));
    }

    @Test
    void aScrapeHasEverySeriesOnceEachWithItsHelpAndTheFiguresToAlertOn() {
        new PortalClient(base).get("/help");
        new PortalClient(base).get("/no-such-page");
        Logins.member(base, Demo.PAT).get("/support/home");
        String scraped = new PortalClient(base).metrics("").body();

        java.util.Set<String> seen = new java.util.HashSet<>();
        List<String> repeated = scraped.lines().filter(line -> !line.startsWith("#") && !line.isBlank())
                .map(line -> line.substring(0, line.lastIndexOf(' '))).filter(series -> !seen.add(series)).toList();
        assertEquals(List.of(), repeated, "each series once per scrape");

        for (String family : List.of("support_login_attempts_total", "support_http_requests_seconds", "support_db_connections",
                "support_db_connections_max", "support_mail_unsent", "support_mail_oldest_unsent_seconds", "support_job_runs_total",
                "support_sessions_created_total")) {
            java.util.regex.Matcher help = java.util.regex.Pattern.compile("(?m)^# HELP " + family + " (\\S.*)$").matcher(scraped);
            assertTrue(help.find(), "a HELP text for " + family);
        }
        for (String series : List.of("support_http_requests_seconds_count{mp_scope=\"application\",status=\"2xx\"}",
                "support_http_requests_seconds_count{mp_scope=\"application\",status=\"4xx\"}",
                "support_db_connections{mp_scope=\"application\",state=\"active\"}",
                "support_db_connections{mp_scope=\"application\",state=\"idle\"}",
                "support_db_connections{mp_scope=\"application\",state=\"waiting\"}",
                "support_mail_unsent{mp_scope=\"application\",status=\"pending\"}",
                "support_mail_unsent{mp_scope=\"application\",status=\"failed\"}",
                "support_mail_oldest_unsent_seconds{mp_scope=\"application\"}")) {
            assertTrue(scraped.contains(series + " "), "the scrape has " + series);
        }
        java.util.regex.Matcher idle = java.util.regex.Pattern.compile("(?m)^support_db_connections\\{mp_scope=\"application\",state=\"idle\"} ([0-9.]+)")
                .matcher(scraped);
        assertTrue(idle.find() && Double.parseDouble(idle.group(1)) >= 1, "the pool holds connections open between requests");
    }

    @Test
    void flywayAppliedEveryMigrationUpToTheLatest() throws Exception {
        List<String> applied = db.appliedMigrations();

        assertFalse(applied.isEmpty(), "no successful migration in flyway_schema_history");
        assertEquals(db.expectedSchemaVersion(), applied.get(applied.size() - 1), "latest migration: " + applied);
        assertEquals(0, db.failedMigrations(), "failed rows in flyway_schema_history");
    }

    /**
     * One second node for two things a node does at its edges (a boot costs half a minute): the demo data it
     * finds is not loaded again, and the searches it logged but had not written yet (its flush period is set
     * to an hour) are written when it stops.
     */
    @Test
    void aSecondNodeAddsNoDemoDataAndWritesItsWaitingSearchesWhenItStops() throws Exception {
        assertEquals(EXPECTED_DEMO, db.demoRows(), "the 5 demo accounts, their 7 users and the 6 staff users, each once");
        TestDatabase.RowCounts before = db.allRows();
        String query = "shutdown" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String logged = "SELECT COUNT(*) FROM kb_search_log WHERE query_text = '" + query + "'";

        // Another node with demo data switched on boots against the database this portal already filled.
        try (PortalNode second = PortalNode.startBrief(Deployments.portal(), "second-boot",
                Map.of("support.kb.search-log-flush-seconds", "3600"), List.of("--nocluster"))) {
            PortalClient visitor = new PortalClient(second.root().toURL());
            assertStatus(200, visitor.get("/health/ready"));
            assertEquals(EXPECTED_DEMO, db.demoRows(), "the demo rows after a second boot against the same database");
            assertEquals(before, db.allRows(), "accounts, member users and staff users after the second boot: nothing added");

            assertStatus(200, visitor.get("/help?q=" + query));
            assertStatus(200, visitor.get("/help?q=" + query));
            assertEquals(0, db.count(logged), "the searches wait on the node, off the request");
        }
        assertEquals(2, db.count(logged), "the stopping node wrote the searches that waited");
    }

    private JsonObject health(String path) {
        HttpResponse<String> response = new PortalClient(base).get(path);
        assertStatus(200, response);
        String type = response.headers().firstValue("Content-Type").orElse("");
        assertTrue(type.contains("json"), "Content-Type of " + path + ": " + type + "; " + describe(response));
        return jsonOf(response);
    }
}
