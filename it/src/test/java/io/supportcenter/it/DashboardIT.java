package io.supportcenter.it;

import static io.supportcenter.it.support.PortalAssertions.assertRedirectTo;
import static io.supportcenter.it.support.PortalAssertions.assertStatus;
import static io.supportcenter.it.support.PortalAssertions.describe;
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
import io.supportcenter.it.support.Questions;
import io.supportcenter.it.support.RunsOnPayara;
import io.supportcenter.it.support.TestDatabase;
import io.supportcenter.it.support.UniqueWords;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * The supervisors' dashboards over HTTP: what members and agents do today shows in today's figures
 * (read from the CSV export, which carries the same numbers as the page), searches are listed by
 * owning team, and a period that cannot be shown is explained next to its field.
 */
@RunsOnPayara
class DashboardIT {

    // Sent by now, as the dashboard counts: suites with a fixed clock (ClusterIT, at noon) may leave open
    // inquiries dated later today when the run is in the morning.
    private static final String OPEN_IN_DATABASE = "SELECT COUNT(*) FROM inquiry WHERE status <> 'CLOSED' AND submitted_at <= CURRENT_TIMESTAMP";

    @Deployment(testable = false)
    static WebArchive portal() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    private static List<CSVRecord> csv(PortalClient staff, String table) {
        HttpResponse<String> response = staff.get("/staff/dashboards.csv?table=" + table);
        assertStatus(200, response);
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"), describe(response));
        try {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new StringReader(response.body())).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> line(List<CSVRecord> records, String team) {
        return records.stream().filter(r -> r.get("team").equals(team)).findFirst().orElseThrow(
                () -> new AssertionError("no line for " + team + " in " + records)).toMap();
    }

    private static long number(Map<String, String> line, String column) {
        return Long.parseLong(line.get(column));
    }

    @Test
    void aTeamNameCannotEndTheChartsScript() {
        long id = 950_000 + System.nanoTime() % 10_000;
        String name = "</script><meta http-equiv=refresh content=0;url=//evil.example>" + UniqueWords.letters(4);
        TestDatabase.current().execute("INSERT INTO team (id, code, name, version) VALUES (" + id + ", 'SCRIPT_" + id + "', '"
                + name + "', 0)");
        try {
            HttpResponse<String> page = Logins.staff(base, Demo.LEAD).get("/staff/dashboards");
            assertStatus(200, page);
            assertFalse(page.body().contains("</script><meta http-equiv=refresh"), "the name ends no script: " + describe(page));
            assertTrue(page.body().contains("\\u003c/script\\u003e\\u003cmeta http-equiv=refresh"),
                    "the charts carry the name, escaped for a script");
            assertTrue(page.body().contains("&lt;/script&gt;&lt;meta http-equiv=refresh"), "the tables show it as text");
        } finally {
            TestDatabase.current().execute("DELETE FROM team WHERE id = " + id);
        }
    }

    @Test
    void aQuestionItsFirstReplyAndADeflectionShowInTodaysFigures() {
        PortalClient lead = Logins.staff(base, Demo.LEAD);
        PortalClient pat = Logins.member(base, Demo.PAT);
        List<CSVRecord> before = csv(lead, "teams");
        Map<String, String> clientBefore = line(before, "Client Support");
        Map<String, String> allBefore = line(before, "All teams");

        long inquiry = Questions.askAboutPayments(pat, "Dashboard " + UniqueWords.letters(5));
        FacesForm reply = FacesForm.open(lead, "/staff/inquiries/" + inquiry, "work").set("work:text", "Yes, bank transfer works.");
        assertRedirectTo(reply.submit(lead, "work:reply"), "/staff/inquiries/" + inquiry);
        PortalClient lee = Logins.member(base, Demo.LEE);
        HttpResponse<String> ask = lee.get("/support/ask");
        HttpResponse<String> suggested = FacesForm.of(ask, "ask")
                .set("ask:category_selection", Questions.categoryKey(ask, "Login & Password"))
                .set("ask:subject", "Password " + UniqueWords.letters(4))
                .set("ask:question", "I forgot my password and cannot log in any more.")
                .submit(lee, "ask:continue");
        assertRedirectTo(FacesForm.of(suggested, "ask").submit(lee, "ask:topics:0:answered"), "/support/home");

        long openAtMost = TestDatabase.current().count(OPEN_IN_DATABASE);
        List<CSVRecord> after = csv(lead, "teams");
        long openAtLeast = TestDatabase.current().count(OPEN_IN_DATABASE);
        Map<String, String> clientAfter = line(after, "Client Support");
        Map<String, String> allAfter = line(after, "All teams");
        assertEquals(number(clientBefore, "submitted") + 1, number(clientAfter, "submitted"), after.toString());
        assertEquals(number(clientBefore, "answered") + 1, number(clientAfter, "answered"), "the reply was a first response");
        assertEquals(number(allBefore, "answered_by_topic") + 1, number(allAfter, "answered_by_topic"), "Lee's question, answered by a topic");
        long open = number(allAfter, "open");
        // The auto-close job may close an inquiry meanwhile: the export's count lies between the two database counts.
        assertTrue(openAtLeast <= open && open <= openAtMost, open + " open, the database had " + openAtMost + " then " + openAtLeast);
        assertEquals(open, after.stream().filter(r -> !r.get("team").equals("All teams")).mapToLong(r -> Long.parseLong(r.get("open"))).sum(),
                "the line for all teams adds up the teams");
        assertEquals(open, number(allAfter, "open_under_1_day") + number(allAfter, "open_1_to_3_days")
                + number(allAfter, "open_3_to_7_days") + number(allAfter, "open_over_7_days"), "every open inquiry is in one age band");
        double rate = Double.parseDouble(allAfter.get("deflection_rate"));
        double expected = (double) number(allAfter, "answered_by_topic") / (number(allAfter, "answered_by_topic") + number(allAfter, "submitted"));
        assertEquals(expected, rate, 0.0005);

        HttpResponse<String> page = lead.get("/staff/dashboards");
        assertStatus(200, page);
        assertEquals(String.valueOf(number(allAfter, "submitted")), textOf(page, "kpi-submitted"));
        for (String chart : List.of("open-chart", "response-chart", "within-chart")) {
            assertTrue(Html.hasId(page.body(), chart), "the chart " + chart + " is on the page");
        }
        assertTrue(page.body().contains("Client Support") && page.body().contains("All teams"), describe(page));
    }

    @Test
    void searchesThatFoundNothingAreListedForThePeriod() {
        PortalClient sam = Logins.member(base, Demo.SAM);
        // Searched more often than most and first in the alphabet, so that it makes the list of ten.
        String query = "aardvarkish " + UniqueWords.letters(6);
        for (int i = 0; i < 4; i++) {
            assertStatus(200, sam.get("/support/topics?q=" + query.replace(' ', '+')));
        }
        PortalClient admin = Logins.staff(base, Demo.ADMIN);
        CSVRecord gap = csv(admin, "searches").stream()
                .filter(r -> r.get("search").equals(query) && r.get("list").equals("without_results")).findFirst()
                .orElseThrow(() -> new AssertionError("'" + query + "' is not among the searches without results"));
        assertEquals("4", gap.get("searches"));
        assertEquals("4", gap.get("without_results"));
        assertTrue(admin.get("/staff/dashboards").body().contains(query), "and on the page");
    }

    @Test
    void aPeriodThatCannotBeShownIsExplainedNextToItsField() {
        PortalClient lead = Logins.staff(base, Demo.LEAD);
        HttpResponse<String> backwards = lead.get("/staff/dashboards?from=2026-03-10&to=2026-03-01");
        assertStatus(200, backwards);
        assertTrue(backwards.body().contains("The last day cannot come before the first."), describe(backwards));
        assertTrue(Html.hasId(backwards.body(), "open-chart"), "the default period is shown meanwhile");

        HttpResponse<String> garbled = lead.get("/staff/dashboards?from=last+tuesday");
        assertTrue(garbled.body().contains("Enter a date like 2026-11-22."), describe(garbled));

        HttpResponse<String> tooLong = FacesForm.open(lead, "/staff/dashboards", "period")
                .set("period:from_input", "2024-01-01").set("period:to_input", "2026-01-01").submit(lead, "period:show");
        assertStatus(200, tooLong);
        assertTrue(tooLong.body().contains("Choose a period of at most 366 days."), describe(tooLong));
        assertTrue(tooLong.body().contains("value=\"2024-01-01\""), "what was typed stays");

        HttpResponse<String> chosen = FacesForm.open(lead, "/staff/dashboards", "period")
                .set("period:from_input", "2026-01-01").set("period:to_input", "2026-01-31").submit(lead, "period:show");
        assertRedirectTo(chosen, "/staff/dashboards");
        assertTrue(PortalClient.redirectTarget(chosen).getQuery().equals("from=2026-01-01&to=2026-01-31"), describe(chosen));
        HttpResponse<String> january = lead.follow(chosen);
        assertTrue(january.body().contains("From 2026-01-01 to 2026-01-31"), describe(january));

        assertStatus(400, lead.get("/staff/dashboards.csv?from=yesterday"));
        assertStatus(400, lead.get("/staff/dashboards.csv?from=2026-03-10&to=2026-03-01"));
    }
}
