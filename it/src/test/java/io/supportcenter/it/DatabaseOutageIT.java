package io.supportcenter.it;

import static io.supportcenter.it.support.PortalAssertions.assertHasId;
import static io.supportcenter.it.support.PortalAssertions.assertStatus;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.supportcenter.it.support.Demo;
import io.supportcenter.it.support.Deployments;
import io.supportcenter.it.support.JobRuns;
import io.supportcenter.it.support.Logins;
import io.supportcenter.it.support.OwnNodes;
import io.supportcenter.it.support.PortalClient;
import io.supportcenter.it.support.PortalNode;
import io.supportcenter.it.support.TcpRelay;
import io.supportcenter.it.support.TestDatabase;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * PostgreSQL goes away under load and comes back (SPEC §10): the portal's connections to it run
 * through a relay that the test cuts for half a minute, dropping every open connection and refusing
 * new ones, as a database restart does. Meanwhile a signed-in member keeps asking for pages: each
 * request ends, either with its page or with the portal's own error page (no hang, no stack trace);
 * after the database is back, the same member's pages work again without a restart of the portal and
 * without signing in again. PostgreSQL only: the embedded H2 has no connection to cut.
 */
@ExtendWith(OwnNodes.class)
class DatabaseOutageIT {

    private static final Duration OUTAGE = Duration.ofSeconds(30);
    private static final Duration RECOVERY = Duration.ofSeconds(60);
    private static final List<String> PAGES = List.of("/support/home", "/support/history", "/support/topics?q=payment");

    /** One request made during the outage: what came back, or what went wrong on the way. */
    private record Outcome(String path, int status, boolean errorPage, boolean page, String leak, long millis, String failure) {

        // A stack trace or a driver's message; not the exception class names PrimeFaces' settings script names.
        private static final Pattern INTERNALS = Pattern.compile(
                "Caused by|\\sat [a-z]+\\.[a-z]|Exception:|org\\.eclipse\\.persistence|java\\.sql\\.|org\\.postgresql");

        static Outcome of(String path, HttpResponse<String> response, long millis) {
            String body = response.body();
            Matcher leak = INTERNALS.matcher(body);
            return new Outcome(path, response.statusCode(), body.contains("id=\"error-title\""), body.contains("id=\"page-title\"")
                    || body.contains("id=\"tab-home\""), leak.find()
                    ? body.substring(Math.max(0, leak.start() - 200), Math.min(body.length(), leak.end() + 200)) : null, millis, null);
        }

        boolean clean() {
            return failure == null && leak == null && (status == 200 && page || status == 500 && errorPage);
        }
    }

    @Test
    void requestsFailCleanlyDuringAnOutageAndSucceedAgainAfterwardsInTheSameSession() throws Exception {
        TestDatabase db = TestDatabase.current();
        assumeTrue(db.kind() == TestDatabase.Kind.POSTGRESQL, "the relay stands between the portal and a PostgreSQL server");
        URI target = URI.create(db.url().substring("jdbc:".length()));
        try (TcpRelay relay = TcpRelay.to(target.getHost(), target.getPort() < 0 ? 5432 : target.getPort());
             PortalNode node = PortalNode.start(Deployments.portal(), "outage",
                     Map.of("support.db.url", "jdbc:postgresql://127.0.0.1:" + relay.port() + target.getRawPath()
                             + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery())),
                     List.of("--nocluster"), "/help")) {
            PortalClient member = Logins.member(node.root().toURL(), Demo.SAM);
            for (String path : PAGES) {
                assertStatus(200, member.get(path));
            }

            relay.cut();
            Instant restoreAt = Instant.now().plus(OUTAGE);
            List<Outcome> outcomes = Collections.synchronizedList(new ArrayList<>());
            ExecutorService loaders = Executors.newFixedThreadPool(3);
            for (String path : PAGES) {
                loaders.submit(() -> {
                    while (Instant.now().isBefore(restoreAt)) {
                        long began = System.nanoTime();
                        try {
                            outcomes.add(Outcome.of(path, member.get(path), (System.nanoTime() - began) / 1_000_000));
                        } catch (Throwable e) {
                            outcomes.add(new Outcome(path, -1, false, false, null, (System.nanoTime() - began) / 1_000_000,
                                    e.toString()));
                        }
                    }
                });
            }
            Thread.sleep(OUTAGE.toMillis());
            relay.restore();
            loaders.shutdown();
            assertTrue(loaders.awaitTermination(90, TimeUnit.SECONDS), "requests made during the outage did not end");

            List<Outcome> unclean = outcomes.stream().filter(outcome -> !outcome.clean()).toList();
            assertEquals(List.of(), unclean, "every request during the outage ends with its page or the error page: " + outcomes);
            assertTrue(outcomes.stream().anyMatch(outcome -> outcome.status() == 500),
                    "the outage was long enough to be felt (else this test proves nothing): " + outcomes);

            // Back without a restart: the pool replaces its dead connections; the session was never lost.
            await("the portal answering again once the database is back").atMost(RECOVERY).pollInterval(Duration.ofSeconds(1))
                    .until(() -> member.get("/support/home").statusCode() == 200);
            HttpResponse<String> home = member.get("/support/home");
            assertStatus(200, home);
            assertHasId(home, "tab-home");
            for (String path : PAGES) {
                assertStatus(200, member.get(path));
            }
            // The jobs carry on by themselves: two more runs each, and nothing SEVERE in the log meanwhile.
            int logged = node.log().length();
            JobRuns.awaitMore(2, List.of(node.root().toURL()), JobRuns.MAIL, JobRuns.SEARCH_LOG, JobRuns.KB_SYNC);
            String meanwhile = node.log().substring(logged);
            assertFalse(meanwhile.contains("SEVERE"), "the jobs after the outage log nothing SEVERE:\n"
                    + meanwhile.lines().filter(line -> line.contains("SEVERE")).limit(5).toList());
            System.out.printf("DATABASE OUTAGE %d s: %d requests, %d answered with the error page, longest %d ms%n", OUTAGE.toSeconds(),
                    outcomes.size(), outcomes.stream().filter(outcome -> outcome.status() == 500).count(),
                    outcomes.stream().mapToLong(Outcome::millis).max().orElse(0));
        }
    }
}
