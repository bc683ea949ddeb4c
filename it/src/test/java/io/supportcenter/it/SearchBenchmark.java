package io.supportcenter.it;

import static io.supportcenter.it.support.PortalAssertions.assertStatus;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.supportcenter.domain.account.AccountType;
import io.supportcenter.domain.kb.IndexVersion;
import io.supportcenter.domain.kb.IndexedTopic;
import io.supportcenter.domain.kb.SearchQuery;
import io.supportcenter.domain.kb.Visibility;
import io.supportcenter.it.support.Demo;
import io.supportcenter.it.support.Deployments;
import io.supportcenter.it.support.FacesForm;
import io.supportcenter.it.support.PortalClient;
import io.supportcenter.it.support.RunsOnPayara;
import io.supportcenter.it.support.TestTopics;
import io.supportcenter.persistence.kb.LuceneTopicIndex;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * Search latency with 1,000 and 50,000 generated topics (run with {@code -Pbenchmark}, never in the
 * default test run). For each size it prints the p50 and p95 of a search through the portal (HTTP,
 * the page, logging, the index) and, beside it, of the same queries against the same Lucene index
 * built in this JVM (the raw query time), and their ratio. Each size is measured twice: first after
 * {@value #SHORT_WARM_UP} untimed queries, then after {@value #WARM_UP} more, as a node answers once the
 * JIT has compiled Lucene's scorers (it takes about a thousand searches; before, a search costs three
 * to five times as much). Each line says how many searches the benchmark had sent before its timed ones.
 */
@RunsOnPayara
class SearchBenchmark {

    private static final String[] WORDS = ("report commission payment threshold password reset link deep feed product"
            + " transaction file publisher advertiser account login cookie banner coupon brand tax invoice schedule"
            + " api key limit export network quality review consent privacy disclosure tracking referral creative").split(" ");
    private static final int QUERIES = 300;
    private static final int SHORT_WARM_UP = 50;
    private static final int WARM_UP = 2_000;

    @Deployment(testable = false)
    static WebArchive portal() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    @Test
    void searchLatencyAt1000And50000Topics() throws Exception {
        PortalClient member = new PortalClient(base);
        assertStatus(302, FacesForm.open(member, "/login", "login").set("login:email", Demo.PAT)
                .set("login:password", Demo.PASSWORD).submit(member, "login:submit"));
        LuceneTopicIndex raw = new LuceneTopicIndex();
        List<IndexedTopic> generated = new ArrayList<>();
        Random random = new Random(42);
        StringBuilder report = new StringBuilder("\n=== Search benchmark (ms) ===\n")
                .append(String.format("%8s %8s | %12s %12s | %12s %12s | %8s%n", "topics", "searched", "portal p50", "portal p95", "lucene p50", "lucene p95", "p50 ratio"));
        int searched = 0;
        for (int size : new int[] {1_000, 50_000}) {
            List<IndexedTopic> added = generate(generated.size(), size - generated.size(), random);
            generated.addAll(added);
            insert(added);
            raw.rebuild(generated, new IndexVersion("benchmark", size));
            awaitIndexed(member, added.get(added.size() - 1));

            Search portal = query -> assertStatus(200, member.get("/support/topics?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)));
            Search lucene = query -> raw.search(new SearchQuery(query, null, Visibility.readableBy(AccountType.PUBLISHER), 0, 10));
            for (int warmUp : new int[] {SHORT_WARM_UP, WARM_UP}) {
                List<String> queries = queries(new Random(size + warmUp), warmUp);
                report.append(line(size, searched + warmUp, time(queries, portal), time(queries, lucene)));
                searched += queries.size();
            }
        }
        System.out.println(report);
        assertTrue(generated.size() == 50_000);
    }

    private static List<IndexedTopic> generate(int from, int count, Random random) {
        List<IndexedTopic> topics = new ArrayList<>(count);
        for (int i = from; i < from + count; i++) {
            StringBuilder text = new StringBuilder();
            for (int w = 0; w < 120; w++) {
                text.append(WORDS[random.nextInt(WORDS.length)]).append(w % 12 == 11 ? ". " : " ");
            }
            String title = "Generated " + WORDS[random.nextInt(WORDS.length)] + " " + WORDS[random.nextInt(WORDS.length)] + " " + i;
            topics.add(new IndexedTopic(-1_000_000L - i, "generated-" + i, title, text.toString().strip(), "Reporting",
                    List.of("reporting"), Visibility.MEMBERS, true));
        }
        return topics;
    }

    private static void insert(List<IndexedTopic> topics) {
        TestTopics.insert(topics.stream().map(t -> new TestTopics.Generated(t.id(), t.slug(), t.title(), t.text())).toList(),
                "reporting", "MEMBERS");
    }

    /** Waits until the portal's index holds the newest generated topic (each node polls for changes). */
    private static void awaitIndexed(PortalClient member, IndexedTopic newest) {
        String query = "/support/topics?q=" + URLEncoder.encode(newest.title(), StandardCharsets.UTF_8);
        await("the portal indexing the generated topics").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500))
                .until(() -> member.get(query).body().contains("/support/topics/" + newest.slug()));
    }

    private static String line(int size, int searched, double[] portal, double[] lucene) {
        return String.format("%8d %8d | %12.2f %12.2f | %12.3f %12.3f | %8.1f%n", size, searched,
                percentile(portal, 50), percentile(portal, 95), percentile(lucene, 50), percentile(lucene, 95),
                percentile(portal, 50) / Math.max(0.001, percentile(lucene, 50)));
    }

    /** {@code warmUp} queries that are run but not timed, then the {@value #QUERIES} timed ones. */
    private static List<String> queries(Random random, int warmUp) {
        List<String> queries = new ArrayList<>();
        for (int i = 0; i < warmUp + QUERIES; i++) {
            String query = WORDS[random.nextInt(WORDS.length)] + (random.nextBoolean() ? " " + WORDS[random.nextInt(WORDS.length)] : "");
            queries.add(random.nextInt(5) == 0 ? query.substring(0, query.length() - 1) + "x" : query); // some typos
        }
        return queries;
    }

    private interface Search {
        void run(String query) throws Exception;
    }

    private static double[] time(List<String> queries, Search search) throws Exception {
        int warmUp = queries.size() - QUERIES;
        double[] millis = new double[QUERIES];
        for (int i = 0; i < queries.size(); i++) {
            long start = System.nanoTime();
            search.run(queries.get(i));
            if (i >= warmUp) {
                millis[i - warmUp] = (System.nanoTime() - start) / 1_000_000.0;
            }
        }
        Arrays.sort(millis);
        return millis;
    }

    private static double percentile(double[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }
}
