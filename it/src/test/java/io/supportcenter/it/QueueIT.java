package io.supportcenter.it;

import static io.supportcenter.it.support.PortalAssertions.assertRedirectTo;
import static io.supportcenter.it.support.PortalAssertions.assertStatus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.supportcenter.it.support.Demo;
import io.supportcenter.it.support.Deployments;
import io.supportcenter.it.support.FacesForm;
import io.supportcenter.it.support.Html;
import io.supportcenter.it.support.Logins;
import io.supportcenter.it.support.PortalClient;
import io.supportcenter.it.support.Questions;
import io.supportcenter.it.support.RunsOnPayara;
import io.supportcenter.it.support.TestDatabase;
import io.supportcenter.it.support.TestTopics;
import io.supportcenter.it.support.UniqueWords;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The staff queues over HTTP: each team sees its own inquiries, "mine" what one claimed, all teams
 * only supervisors; the filters, order and page are bookmarkable GET parameters; claim from the list by
 * inquiry number; and paging through 100,000 open inquiries (timings printed, not asserted).
 */
@RunsOnPayara
class QueueIT {

    private static final long BENCH_TEAM = 900;
    private static final long BENCH_STAFF = 900;
    private static final String BENCH_EMAIL = "bench-desk@support.example";
    private static final int GENERATED = 100_000;
    /** A table row: its index, then the inquiry number its first cell links to. */
    private static final Pattern ROW = Pattern.compile("<tr data-ri=\"(\\d+)\"[^>]*>.*?/staff/inquiries/(\\d+)[?\"]", Pattern.DOTALL);

    @Deployment(testable = false)
    static WebArchive portal() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    @AfterAll
    static void removeGenerated() {
        TestDatabase.current().execute("DELETE FROM staff_recovery_code WHERE staff_user_id = " + BENCH_STAFF,
                "DELETE FROM inquiry WHERE team_id = " + BENCH_TEAM,
                "DELETE FROM staff_user WHERE id = " + BENCH_STAFF, "DELETE FROM team WHERE id = " + BENCH_TEAM);
    }


    /** The inquiry numbers a queue page lists, in order. */
    private static List<Long> numbers(HttpResponse<String> page) {
        assertStatus(200, page);
        return rows(page.body()).keySet().stream().toList();
    }

    /** Inquiry number → row index, in the order the table shows them. */
    private static Map<Long, String> rows(String html) {
        Map<Long, String> rows = new java.util.LinkedHashMap<>();
        Matcher row = ROW.matcher(html);
        while (row.find()) {
            rows.put(Long.parseLong(row.group(2)), row.group(1));
        }
        return rows;
    }

    @Test
    void eachTeamSeesItsOwnQueueAndOnlySupervisorsSeeAllTeams() {
        long number = Questions.askAboutPayments(Logins.member(base, Demo.PAT), "Next payment run " + UniqueWords.letters(5));
        PortalClient agent = Logins.staff(base, Demo.AGENT);
        PortalClient tech = Logins.staff(base, Demo.TECH);
        PortalClient lead = Logins.staff(base, Demo.LEAD);

        HttpResponse<String> team = agent.get("/staff/queues");
        assertTrue(numbers(team).contains(number), "Client Support's queue");
        assertTrue(team.body().contains("h ") && team.body().contains(" min"), "the business time left is shown");
        assertTrue(team.body().contains("<main id=\"main\" class=\"page page-wide\""), "the queue takes the screen's width");
        assertTrue(Logins.member(base, Demo.PAT).get("/support/home").body().contains("<main id=\"main\" class=\"page \""),
                "a page that sets no width keeps the layout's");
        assertFalse(numbers(tech.get("/staff/queues")).contains(number), "not Technical Services' queue");

        HttpResponse<String> all = agent.get("/staff/queues?scope=ALL");
        assertStatus(200, all);
        assertTrue(Html.textOfId(all.body(), "page-messages").orElse("").contains("supervisors"), "an agent is told why");
        assertFalse(numbers(all).contains(number), "and is shown their own claimed inquiries instead");
        assertFalse(Html.hasId(agent.get("/staff/queues").body(), "queue-all"), "agents are not offered all teams");
        assertTrue(numbers(lead.get("/staff/queues?scope=ALL")).contains(number), "a supervisor sees every team");
        assertTrue(numbers(lead.get("/staff/queues?scope=TEAM&team=CLIENT_SUPPORT")).contains(number));
        assertFalse(numbers(lead.get("/staff/queues?scope=TEAM&team=NETWORK_QUALITY")).contains(number));
        HttpResponse<String> notMine = tech.get("/staff/queues?scope=TEAM&team=CLIENT_SUPPORT");
        assertTrue(Html.textOfId(notMine.body(), "page-messages").orElse("").contains("not one of your teams"), "another team's queue is refused");
        assertFalse(numbers(notMine).contains(number));

        long paymentMethods = TestTopics.categoryId("payment-methods");
        long payments = TestTopics.categoryId(TestTopics.parentOf("payment-methods"));
        assertTrue(numbers(agent.get("/staff/queues?category=" + paymentMethods)).contains(number));
        assertTrue(numbers(agent.get("/staff/queues?category=" + payments)).contains(number), "a category takes in its sub-categories");
        assertFalse(numbers(agent.get("/staff/queues?breached=true")).contains(number), "not overdue yet");
        assertFalse(numbers(agent.get("/staff/queues?age=1")).contains(number), "asked just now");
        assertFalse(numbers(agent.get("/staff/queues?status=AWAITING_MEMBER")).contains(number));
        assertTrue(numbers(agent.get("/staff/queues?status=NEW")).contains(number));
    }

    @Test
    void anAgentClaimsFromTheQueueAndFindsTheInquiryUnderMine() {
        PortalClient member = Logins.member(base, Demo.PAT);
        long number = Questions.askAboutPayments(member, "Claim me " + UniqueWords.letters(5));
        PortalClient agent = Logins.staff(base, Demo.AGENT);
        assertFalse(numbers(agent.get("/staff/queues?scope=MINE")).contains(number));

        HttpResponse<String> queue = agent.get("/staff/queues?status=NEW&sort=submitted&dir=desc");
        assertEquals(number, numbers(queue).get(0), "newest first");
        assertEquals("stateless", FacesForm.of(queue, "queue").viewState(), "the queue page keeps no view");
        // Another question arrives and takes the first row before the agent presses Claim on the row they saw.
        long later = Questions.askAboutPayments(member, "Claim me not " + UniqueWords.letters(5));
        assertEquals(later, numbers(agent.get("/staff/queues?status=NEW&sort=submitted&dir=desc")).get(0));

        HttpResponse<String> claimed = FacesForm.of(queue, "queue").submitWith(agent, Map.of("claim", String.valueOf(number)));
        assertRedirectTo(claimed, "/staff/inquiries/" + number);
        assertTrue(agent.follow(claimed).body().contains("You have the inquiry now."));
        List<Long> mine = numbers(agent.get("/staff/queues?scope=MINE"));
        assertTrue(mine.contains(number), "claimed: under Mine");
        assertFalse(mine.contains(later), "the claim carried the inquiry's number, not the row's position");

        // Technical Services may not work a Client Support inquiry: the claim is refused on the same queue page.
        HttpResponse<String> refused = FacesForm.of(queue, "queue").submitWith(Logins.staff(base, Demo.TECH),
                Map.of("claim", String.valueOf(later)));
        assertStatus(200, refused);
        assertFalse(Html.textOfId(refused.body(), "page-messages").orElse("").isBlank(), "a claim refused says why: " + refused.body());
        assertTrue(FacesForm.of(refused, "queue").action().toString().endsWith("/staff/queues?status=NEW&sort=submitted&dir=desc"),
                "on the same queue page, its filters kept");
    }

    @Test
    void pagingThroughAHundredThousandOpenInquiriesStaysFast() {
        generate();
        try {
            pageThroughGenerated();
        } finally {
            removeGenerated();  // at once: the other tests of this class read queues too
        }
    }

    private void pageThroughGenerated() {
        PortalClient bench = Logins.staff(base, BENCH_EMAIL);
        PortalClient tech = Logins.staff(base, Demo.TECH);

        HttpResponse<String> first = bench.get("/staff/queues");
        List<Long> firstPage = numbers(first);
        assertEquals(25, firstPage.size());
        assertEquals(90_000_000L, firstPage.get(0), "due soonest first");
        assertTrue(Html.textOfId(first.body(), "page-position").orElse("").matches("1–25 of 100,?000"),
                "the position counts all " + GENERATED);
        HttpResponse<String> last = page(bench, GENERATED / 25);
        List<Long> lastPage = numbers(last);
        assertEquals(25, lastPage.size());
        assertEquals(90_099_999L, lastPage.get(24), "the last page ends with the latest due");
        assertEquals(90_099_999L, numbers(bench.get("/staff/queues?sort=due&dir=desc")).get(0), "latest due first");
        assertEquals(90_000_000L, numbers(bench.get("/staff/queues?sort=number&dir=asc")).get(0), "lowest number first");
        assertTrue(Html.attributesOfId(first.body(), "sort-due").map(a -> a.get("href")).orElse("").contains("sort=due&dir=desc"),
                "the sorted column's header turns the order round");

        // Timings: a small queue (Technical Services) is the baseline measured in the same run.
        long baseline = medianMillis(() -> numbers(tech.get("/staff/queues")));
        long firstMillis = medianMillis(() -> numbers(bench.get("/staff/queues")));
        long lastMillis = medianMillis(() -> numbers(page(bench, GENERATED / 25)));
        PortalClient lead = Logins.staff(base, Demo.LEAD);
        long allMillis = medianMillis(() -> numbers(lead.get("/staff/queues?scope=ALL")));
        System.out.printf("QUEUE PAGING at %,d open inquiries (%s, median of 5): small queue %d ms; first page %d ms (x%.1f);"
                        + " last page %d ms (x%.1f); all teams (supervisor) %d ms (x%.1f)%n", GENERATED,
                TestDatabase.current().kind(), baseline, firstMillis, ratio(firstMillis, baseline), lastMillis,
                ratio(lastMillis, baseline), allMillis, ratio(allMillis, baseline));
    }

    /** Another page of the same queue, as its pager links to it. */
    private static HttpResponse<String> page(PortalClient client, int number) {
        return client.get("/staff/queues?page=" + number);
    }

    private static double ratio(long millis, long baseline) {
        return (double) millis / Math.max(1, baseline);
    }

    private static long medianMillis(Runnable request) {
        request.run();
        long[] times = new long[5];
        for (int i = 0; i < times.length; i++) {
            long start = System.nanoTime();
            request.run();
            times[i] = (System.nanoTime() - start) / 1_000_000;
        }
        java.util.Arrays.sort(times);
        return times[2];
    }

    /** A team of its own with one agent and 100,000 new inquiries, due a minute apart. */
    private static void generate() {
        TestDatabase db = TestDatabase.current();
        String range = db.kind() == TestDatabase.Kind.H2 ? "SYSTEM_RANGE(1, " + GENERATED + ") r"
                : "generate_series(1, " + GENERATED + ") AS r(x)";
        String minutes = db.kind() == TestDatabase.Kind.H2 ? "DATEADD(MINUTE, %s, CURRENT_TIMESTAMP)"
                : "CURRENT_TIMESTAMP + (%s) * INTERVAL '1 minute'";
        long category = TestTopics.categoryId("payment-methods");
        db.execute(
                "INSERT INTO team (id, code, name, version) VALUES (" + BENCH_TEAM + ", 'BENCH_DESK', 'Bench Desk', 0)",
                "INSERT INTO staff_user (id, email, display_name, password_hash, enabled, created_at, version)"
                        + " SELECT " + BENCH_STAFF + ", '" + BENCH_EMAIL + "', 'Bench Desk Agent', password_hash, TRUE, created_at, 0"
                        + " FROM staff_user WHERE email = '" + Demo.AGENT + "'",
                "INSERT INTO staff_user_role (staff_user_id, role) VALUES (" + BENCH_STAFF + ", 'AGENT')",
                "INSERT INTO staff_user_team (staff_user_id, team_id) VALUES (" + BENCH_STAFF + ", " + BENCH_TEAM + ")",
                "INSERT INTO inquiry (id, submission_key, account_id, asked_by_id, asked_by_name, category_id, team_id, subject,"
                        + " status, submitted_at, first_response_due, last_activity_at, version)"
                        + " SELECT 89999999 + x, CONCAT('bench-', x), a.id, a.superuser_id, 'Generated Member', " + category + ", "
                        + BENCH_TEAM + ", CONCAT('Generated question ', x), 'NEW', " + minutes.formatted("-x") + ", "
                        + minutes.formatted("x + 600") + ", " + minutes.formatted("-x") + ", 0"
                        + " FROM " + range + ", account a WHERE a.account_number = '4000101'");
        assertEquals(GENERATED, db.count("SELECT COUNT(*) FROM inquiry WHERE team_id = " + BENCH_TEAM));
    }
}
