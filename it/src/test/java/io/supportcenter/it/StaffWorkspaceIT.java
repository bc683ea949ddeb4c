package io.supportcenter.it;

import static io.supportcenter.it.support.PortalAssertions.assertRedirectTo;
import static io.supportcenter.it.support.PortalAssertions.textOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.supportcenter.it.support.Demo;
import io.supportcenter.it.support.Deployments;
import io.supportcenter.it.support.FacesForm;
import io.supportcenter.it.support.Html;
import io.supportcenter.it.support.Logins;
import io.supportcenter.it.support.Mailbox;
import io.supportcenter.it.support.PortalClient;
import io.supportcenter.it.support.Questions;
import io.supportcenter.it.support.RunsOnPayara;
import io.supportcenter.it.support.TestDatabase;
import io.supportcenter.it.support.TestStaff;
import io.supportcenter.it.support.UniqueWords;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The agent workspace over HTTP: controls that start on what is so (the current assignee, no team, no saved reply),
 * the state after each change (no Claim on one's own inquiry, "Answered" instead of a due time), send and close in
 * one step, the composer's mode kept through a refusal, saved replies found by their text, queue views with their
 * counts and "next", and bulk actions confirmed first and audited per inquiry.
 */
@RunsOnPayara
class StaffWorkspaceIT {

    private static final Pattern VIEW_COUNT = Pattern.compile("id=\"view-([a-z-]+)\".*?<span class=\"view-count\">(\\d+)</span>", Pattern.DOTALL);
    private static Mailbox mailbox;

    @Deployment(testable = false)
    static WebArchive portal() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    @BeforeAll
    static void startMailbox() {
        mailbox = Mailbox.start();
    }

    @AfterAll
    static void stopMailbox() {
        mailbox.close();
    }

    private long ask(String subject) {
        return Questions.askAboutPayments(Logins.member(base, Demo.PAT), subject);
    }

    @Test
    void controlsStartOnWhatIsSoAndTheStateFollowsEachChange() {
        long number = ask("Workspace state " + UniqueWords.letters(5));
        String page = "/staff/inquiries/" + number;
        PortalClient agent = Logins.staff(base, Demo.AGENT);
        FacesForm fresh = FacesForm.open(agent, page, "work");
        assertEquals("", fresh.value("work:team_input"), "transfer starts on no team");
        assertEquals("REPLY", fresh.value("work:mode"), "the composer starts as a reply, chosen visibly");
        assertTrue(textOf(agent.get(page), "inquiry-assignee").contains("Unassigned"));
        assertTrue(textOf(agent.get(page), "inquiry-due").startsWith("Due "));

        assertRedirectTo(fresh.submit(agent, "work:claim"), page);
        HttpResponse<String> claimed = agent.get(page);
        assertFalse(Html.hasId(claimed.body(), "work:claim"), "no Claim on one's own inquiry");
        assertEquals("You (claimed)", textOf(claimed, "inquiry-assignee"));

        PortalClient lead = Logins.staff(base, Demo.LEAD);
        FacesForm supervisor = FacesForm.open(lead, page, "work");
        assertEquals(supervisor.optionValue("work:assignee_input", Demo.AGENT_NAME), supervisor.value("work:assignee_input"),
                "the assignee select shows who has it");

        FacesForm reply = FacesForm.open(agent, page, "work").set("work:text", "Bank transfer is under Payment Methods.");
        assertRedirectTo(reply.submit(agent, "work:reply"), page);
        HttpResponse<String> answered = agent.get(page);
        assertTrue(textOf(answered, "inquiry-due").startsWith("Answered "), textOf(answered, "inquiry-due"));
        assertFalse(textOf(answered, "inquiry-status").contains("Overdue"));
    }

    @Test
    void sendAndCloseIsOneStepAndTheMemberIsToldItIsClosed() {
        String subject = "Send and close " + UniqueWords.letters(5);
        long number = ask(subject);
        String page = "/staff/inquiries/" + number;
        PortalClient agent = Logins.staff(base, Demo.AGENT);
        FacesForm reply = FacesForm.open(agent, page, "work").set("work:text", "Paid on the 15th; nothing more to do.");
        assertRedirectTo(reply.submit(agent, "work:replyClose"), page);
        HttpResponse<String> closed = agent.get(page);
        assertTrue(textOf(closed, "inquiry-status").contains("Closed"));
        assertTrue(textOf(closed, "inquiry-due").startsWith("Answered "));
        assertTrue(textOf(closed, "messages").contains("Paid on the 15th"));
        String mail = Mailbox.text(mailbox.awaitSubject(Demo.PAT, "answered and closed your question #" + number, Duration.ofSeconds(30)));
        assertTrue(mail.contains("reopen"), mail);
        assertTrue(textOf(Logins.member(base, Demo.PAT).get("/support/history/" + number), "messages").contains("Paid on the 15th"));
    }

    @Test
    void theNoteModeSurvivesARefusalAndANoteNeverReachesTheMember() {
        long number = ask("Note mode " + UniqueWords.letters(5));
        String page = "/staff/inquiries/" + number;
        PortalClient agent = Logins.staff(base, Demo.AGENT);
        HttpResponse<String> refused = FacesForm.open(agent, page, "work").set("work:mode", "NOTE").set("work:text", "")
                .submit(agent, "work:note");
        assertEquals(200, refused.statusCode(), "an empty note is refused on the page");
        FacesForm again = FacesForm.of(refused, "work");
        assertEquals("NOTE", again.value("work:mode"), "still in note mode after the refusal");
        String note = "Checked the payment profile " + UniqueWords.letters(6);
        assertRedirectTo(again.set("work:text", note).submit(agent, "work:note"), page);
        assertTrue(textOf(agent.get(page), "messages").contains(note));
        assertFalse(Logins.member(base, Demo.PAT).get("/support/history/" + number).body().contains(note), "members never read notes");
        assertTrue(mailbox.to(Demo.PAT).stream().map(Mailbox::text).noneMatch(text -> text.contains(note)), "nor get them by mail");
    }

    @Test
    void aSavedReplyIsFoundByItsTextAndNothingIsChosenBeforehand() {
        long number = ask("Saved search " + UniqueWords.letters(5));
        String page = "/staff/inquiries/" + number;
        PortalClient agent = Logins.staff(base, Demo.AGENT);
        FacesForm work = FacesForm.open(agent, page, "work");
        String chosen = work.value("work:savedReply_hinput");
        assertTrue(chosen == null || chosen.isEmpty(), "no saved reply chosen before the agent chooses one: " + chosen);
        // The demo's "Payment run dates" reply says when payments are made: found by words of its text alone.
        assertTrue(StaffInquiryIT.savedReplies(agent, work, "payments are made").containsKey("Payment run dates"));
        assertTrue(StaffInquiryIT.savedReplies(agent, work, "run dates").containsKey("Payment run dates"), "and by its name");
        assertTrue(StaffInquiryIT.savedReplies(agent, work, "zebra crossing").isEmpty());
    }

    @Test
    void viewsCountTheirInquiriesAndNextOpensTheFollowingOne() {
        PortalClient agent = Logins.staff(base, Demo.AGENT);
        Map<String, Long> before = counts(agent.get("/staff/queues?view=unassigned"));
        long first = ask("View count " + UniqueWords.letters(5));
        long second = ask("View count " + UniqueWords.letters(5));
        // Newest first, so that the two new ones are on the first page however many earlier test classes left unassigned
        // (the suite shares one database; in due order they come last).
        HttpResponse<String> unassigned = agent.get("/staff/queues?view=unassigned&sort=number&dir=desc");
        Map<String, Long> after = counts(unassigned);
        assertEquals(before.get("unassigned") + 2, after.get("unassigned"), "each new question counts in Unassigned");
        assertFalse(after.containsKey("all"), "an agent is not offered every team's view");
        assertTrue(unassigned.body().contains("/staff/inquiries/" + first + "?view=unassigned"));
        assertEquals(rows(agent.get("/staff/queues?view=unassigned&sort=number&dir=desc")),
                rows(agent.get("/staff/queues?view=unassigned&sort=number&dir=desc&page=1")), "a page number changes nothing else");
        assertEquals(second, rows(agent.get("/staff/queues?view=unassigned&sort=number&dir=desc")).get(0), "newest first");

        assertRedirectTo(FacesForm.of(agent.get("/staff/inquiries/" + first), "work").submit(agent, "work:claim"),
                "/staff/inquiries/" + first);
        Map<String, Long> claimed = counts(agent.get("/staff/queues?view=mine"));
        assertEquals(after.get("unassigned") - 1, claimed.get("unassigned"));
        assertEquals(after.get("mine") + 1, claimed.get("mine"));
        assertTrue(agent.get("/staff/queues?view=mine&sort=number&dir=desc").body().contains("/staff/inquiries/" + first + "?view=mine"));

        HttpResponse<String> next = agent.get("/staff/queues?view=unassigned&next-after=" + first);
        String target = PortalClient.redirectTarget(next).toString();
        assertTrue(target.matches(".*/staff/inquiries/\\d+\\?view=unassigned"), target);
        assertFalse(target.contains("/" + first + "?"), "the next is another inquiry");
        assertTrue(Logins.staff(base, Demo.LEAD).get("/staff/queues").body().contains("id=\"view-all\""), "supervisors see All teams");
        assertTrue(second > first);
    }

    @Test
    void aSupervisorAssignsFiveInquiriesAtOnceAfterConfirmingAndEachIsAudited() {
        List<Long> numbers = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            numbers.add(ask("Bulk " + i + " " + UniqueWords.letters(5)));
        }
        PortalClient lead = Logins.staff(base, Demo.LEAD);
        String queue = "/staff/queues?view=unassigned&sort=number&dir=desc";
        FacesForm form = FacesForm.open(lead, queue, "queue");
        String avery = form.optionValue("bulk-assignee", Demo.AGENT_NAME);
        form.setAll("selected", numbers.stream().map(String::valueOf).toList()).set("bulk-assignee", avery);
        HttpResponse<String> asked = form.submitWith(lead, Map.of("bulk", "ASSIGN"));
        assertEquals(200, asked.statusCode());
        assertEquals("Assign 5 inquiries to " + Demo.AGENT_NAME + "?", textOf(asked, "bulk-summary"));
        assertEquals(rows(lead.get(queue)), rows(asked), "the confirmation shows the same queue, in the same order");
        for (long number : numbers) {
            assertTrue(TestDatabase.current().count("SELECT COUNT(*) FROM inquiry WHERE id = " + number + " AND assignee_id IS NULL") == 1,
                    "nothing changes before the confirmation");
        }
        HttpResponse<String> done = FacesForm.of(asked, "queue").submitWith(lead, Map.of("bulk", "ASSIGN"));
        assertTrue(PortalClient.isRedirect(done), "confirmed: back to the same queue");
        java.net.URI back = PortalClient.redirectTarget(done);
        assertTrue(textOf(lead.get(back.getRawPath() + "?" + back.getRawQuery()), "page-messages").contains("5 inquiries assigned."));
        String ids = numbers.stream().map(String::valueOf).collect(Collectors.joining(","));
        assertEquals(5, TestDatabase.current().count("SELECT COUNT(*) FROM inquiry i JOIN staff_user s ON s.id = i.assignee_id"
                + " WHERE s.email = '" + Demo.AGENT + "' AND i.id IN (" + ids + ")"));
        assertEquals(5, TestDatabase.current().count("SELECT COUNT(*) FROM audit_event WHERE action = 'INQUIRY_CHANGED_IN_BULK'"
                + " AND subject IN (" + numbers.stream().map(n -> "'inquiry:" + n + "'").collect(Collectors.joining(",")) + ")"));
    }

    @Test
    void aStaffUserReadsTimesInTheZoneTheyChoseAndMembersReadZonesByName() {
        long number = ask("Time zone " + UniqueWords.letters(5));
        String page = "/staff/inquiries/" + number;
        PortalClient agent = Logins.staff(base, TestStaff.create("zone", "AGENT"));
        String due = textOf(agent.get(page), "inquiry-due");
        assertTrue(due.matches("Due .* P[SD]T"), "the support team's zone until one is chosen: " + due);
        FacesForm zone = FacesForm.open(agent, "/staff/security", "zone");
        assertEquals("", zone.value("zone:zone_input"), "no zone chosen yet");
        assertRedirectTo(zone.set("zone:zone_input", "Europe/Berlin").submit(agent, "zone:save"), "/staff/security");
        assertEquals("Europe/Berlin", FacesForm.open(agent, "/staff/security", "zone").value("zone:zone_input"), "the choice is kept");
        String berlin = textOf(agent.get(page), "inquiry-due");
        assertTrue(berlin.matches("Due .* CES?T"), berlin);

        String memberZone = textOf(Logins.member(base, Demo.PAT).get("/account"), "account-zone");
        assertTrue(memberZone.contains("Time (") && !memberZone.contains("/"), "a zone by its name: " + memberZone);
    }

    private static final Pattern ROW_NUMBER = Pattern.compile("id=\"select-(\\d+)\"");

    /** The inquiry numbers of a queue page's rows, top to bottom. */
    private static List<Long> rows(HttpResponse<String> queuePage) {
        List<Long> rows = new ArrayList<>();
        Matcher row = ROW_NUMBER.matcher(queuePage.body());
        while (row.find()) {
            rows.add(Long.parseLong(row.group(1)));
        }
        return rows;
    }

    private static Map<String, Long> counts(HttpResponse<String> queuePage) {
        Map<String, Long> counts = new LinkedHashMap<>();
        Matcher view = VIEW_COUNT.matcher(queuePage.body());
        while (view.find()) {
            counts.put(view.group(1), Long.parseLong(view.group(2)));
        }
        return counts;
    }
}
