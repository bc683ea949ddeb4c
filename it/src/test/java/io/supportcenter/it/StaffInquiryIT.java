package io.supportcenter.it;

import static io.supportcenter.it.support.PortalAssertions.assertRedirectTo;
import static io.supportcenter.it.support.PortalAssertions.assertStatus;
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
import io.supportcenter.it.support.TestAttachments;
import io.supportcenter.it.support.TestDatabase;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The staff side of the lifecycle over HTTP: claim, internal note (never shown to the member),
 * reply (the member is emailed and it becomes their turn), transfer, close; members cannot reach it.
 */
@RunsOnPayara
class StaffInquiryIT {

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


    private static HttpResponse<String> act(PortalClient staff, long number, String button, String text) {
        FacesForm form = FacesForm.open(staff, "/staff/inquiries/" + number, "work");
        if (text != null) {
            form.set("work:text", text);
        }
        return form.submit(staff, "work:" + button);
    }

    @Test
    void anAgentClaimsNotesRepliesTransfersAndCloses() throws InterruptedException {
        PortalClient pat = Logins.member(base, Demo.PAT);
        String subject = "Bank transfer " + UUID.randomUUID().toString().substring(0, 4);
        long number = Questions.askAboutPayments(pat, subject);
        String staffPage = "/staff/inquiries/" + number;
        String memberPage = "/support/history/" + number;
        PortalClient agent = Logins.staff(base, Demo.AGENT);

        assertRedirectTo(act(agent, number, "claim", null), staffPage);
        assertTrue(textOf(agent.get(staffPage), "inquiry-status").contains("Open"));

        String note = "Check the payment profile first " + UUID.randomUUID();
        assertRedirectTo(act(agent, number, "note", note), staffPage);
        assertTrue(textOf(agent.get(staffPage), "messages").contains(note));
        assertFalse(pat.get(memberPage).body().contains(note), "members never see internal notes");

        HttpResponse<String> empty = act(agent, number, "reply", "");
        assertStatus(200, empty);
        assertTrue(empty.body().contains("Please write a message."));

        assertRedirectTo(act(agent, number, "reply", "Yes: choose bank transfer under Payment Methods."), staffPage);
        HttpResponse<String> answered = pat.get(memberPage);
        assertTrue(textOf(answered, "messages").contains("choose bank transfer"));
        assertTrue(textOf(answered, "inquiry-status").contains("Awaiting your reply"));
        // the member is emailed about the reply
        mailbox.awaitSubject(Demo.PAT, "answered your question #" + number, Duration.ofSeconds(30));

        HttpResponse<String> transfer = FacesForm.open(agent, staffPage, "work").set("work:team_input", "TECHNICAL_SERVICES")
                .submit(agent, "work:transfer");
        assertRedirectTo(transfer, "/staff/queues");
        assertStatus(404, agent.get(staffPage)); // transferred away: out of Client Support's reach
        PortalClient tech = Logins.staff(base, Demo.TECH);
        assertTrue(textOf(tech.get(staffPage), "inquiry-team").contains("Technical Services"));

        assertRedirectTo(act(tech, number, "close", null), staffPage);
        // Submitted (NEW), claimed (OPEN), replied (AWAITING_MEMBER), closed; a transfer while awaiting the member keeps the state.
        assertEquals(4, TestDatabase.current().count("SELECT COUNT(*) FROM inquiry_state_change WHERE inquiry_id = " + number));
        assertEquals(1, TestDatabase.current().count("SELECT COUNT(*) FROM inquiry_state_change WHERE inquiry_id = " + number
                + " AND from_status = 'AWAITING_MEMBER' AND to_status = 'CLOSED' AND actor LIKE 'staff:%'"), "who closed it is recorded");
    }

    @Test
    void anAgentOfAnotherTeamCannotOpenItAnEditorReadsWithoutActingASupervisorAssigns() {
        PortalClient pat = Logins.member(base, Demo.PAT);
        long number = Questions.askAboutPayments(pat, "Team wall " + UUID.randomUUID().toString().substring(0, 4));
        String staffPage = "/staff/inquiries/" + number;

        assertStatus(404, Logins.staff(base, Demo.TECH).get(staffPage)); // Payment Methods belongs to Client Support

        PortalClient editor = Logins.staff(base, Demo.EDITOR);
        HttpResponse<String> read = editor.get(staffPage);
        assertStatus(200, read);
        assertTrue(Html.hasId(read.body(), "read-only") && !Html.hasId(read.body(), "work:text") && !Html.hasId(read.body(), "work:claim")
                && !Html.hasId(read.body(), "work:close"), "an editor reads, without the composer or any control");

        PortalClient lead = Logins.staff(base, Demo.LEAD);
        FacesForm assign = FacesForm.open(lead, staffPage, "work");
        String averyId = assign.optionValue("work:assignee_input", Demo.AGENT_NAME);
        assertFalse(assign.hasOption("work:assignee_input", "Taylor Tech"), "only agents of the inquiry's team are offered");
        assertRedirectTo(assign.set("work:assignee_input", averyId).submit(lead, "work:assign"), staffPage);
        assertTrue(textOf(lead.get(staffPage), "inquiry-assignee").contains(Demo.AGENT_NAME));
        assertTrue(textOf(lead.get(staffPage), "inquiry-status").contains("Open"), "assigned: open");

        long later = Questions.askAboutPayments(pat, "Context " + UUID.randomUUID().toString().substring(0, 4));
        HttpResponse<String> context = lead.get("/staff/inquiries/" + later);
        assertTrue(textOf(context, "member-context").contains("Northwind Reviews") && textOf(context, "member-context").contains(Demo.SAM),
                "the member's account and its users are shown");
        assertTrue(textOf(context, "earlier-inquiries").contains("#" + number), "with the account's earlier inquiries");
    }

    @Test
    void aReplyWrittenWhileTheMemberWroteIsRefusedAndTheTypedTextIsKept() {
        PortalClient pat = Logins.member(base, Demo.PAT);
        long number = Questions.askAboutPayments(pat, "Stale save " + UUID.randomUUID().toString().substring(0, 4));
        String staffPage = "/staff/inquiries/" + number;
        PortalClient agent = Logins.staff(base, Demo.AGENT);
        FacesForm open = FacesForm.open(agent, staffPage, "work");

        String meanwhile = "Also, the amount looks wrong " + UUID.randomUUID();
        assertRedirectTo(FacesForm.open(pat, "/support/history/" + number, "thread").set("thread:message", meanwhile)
                .submit(pat, "thread:reply"), "/support/history/" + number);

        String typed = "It was paid on Friday " + UUID.randomUUID();
        HttpResponse<String> refused = open.set("work:text", typed).submit(agent, "work:reply");
        assertStatus(200, refused);
        assertTrue(refused.body().contains("Someone wrote on this inquiry while you were writing"), "the agent is told why");
        assertTrue(textOf(refused, "messages").contains(meanwhile), "and sees what the member wrote");
        assertTrue(refused.body().contains(typed), "the typed reply is kept");
        assertFalse(textOf(pat.get("/support/history/" + number), "messages").contains(typed), "nothing was sent");

        assertRedirectTo(FacesForm.of(refused, "work").submit(agent, "work:reply"), staffPage);
        assertTrue(textOf(pat.get("/support/history/" + number), "messages").contains(typed), "sent once the agent has read it");
    }

    @Test
    void twoStaffOnTheSameInquirySeeEachOther() {
        long number = Questions.askAboutPayments(Logins.member(base, Demo.PAT), "Presence " + UUID.randomUUID().toString().substring(0, 4));
        String staffPage = "/staff/inquiries/" + number;
        PortalClient agent = Logins.staff(base, Demo.AGENT);
        assertFalse(Html.hasId(agent.get(staffPage).body(), "also-viewing"), "alone on it");
        PortalClient editor = Logins.staff(base, Demo.EDITOR);
        assertTrue(textOf(editor.get(staffPage), "also-viewing").contains(Demo.AGENT_NAME), "the second sees the first");
        assertTrue(textOf(agent.get(staffPage), "also-viewing").contains("Eden Editor"), "and the first the second");
    }

    @Test
    void anAgentInsertsATeamsSavedReplyFilledForTheInquiryAndSupervisorsKeepTheList() {
        long number = Questions.askAboutPayments(Logins.member(base, Demo.PAT), "Saved " + UUID.randomUUID().toString().substring(0, 4));
        String staffPage = "/staff/inquiries/" + number;
        PortalClient lead = Logins.staff(base, Demo.LEAD);
        String title = "Bank details form " + UUID.randomUUID().toString().substring(0, 4);
        HttpResponse<String> untitled = FacesForm.open(lead, "/staff/saved-replies", "reply").set("reply:team_input", "CLIENT_SUPPORT")
                .set("reply:title", "").set("reply:body", "Hello {member}, about #{number}: see the form. {agent}").submit(lead, "reply:save");
        assertTrue(untitled.body().contains("Give the saved reply a title."), "a missing title is named");
        assertTrue(untitled.body().contains("see the form."), "and the text is kept");
        assertRedirectTo(FacesForm.of(untitled, "reply").set("reply:title", title).submit(lead, "reply:save"), "/staff/saved-replies");

        PortalClient agent = Logins.staff(base, Demo.AGENT);
        FacesForm work = FacesForm.open(agent, staffPage, "work");
        assertTrue(savedReplies(agent, work, "tracking link").isEmpty(), "only the inquiry's team's replies");
        String id = savedReplies(agent, work, "see the form").get(title);
        HttpResponse<String> inserted = work.set("work:savedReply_input", title).set("work:savedReply_hinput", id)
                .set("work:text", "").submit(agent, "work:insertReply");
        String filled = "Hello " + Demo.PAT_NAME + ", about #" + number + ": see the form. " + Demo.AGENT_NAME;
        assertTrue(inserted.body().contains(filled), "placeholders are filled for this inquiry");
        assertRedirectTo(FacesForm.of(inserted, "work").submit(agent, "work:reply"), staffPage);
        HttpResponse<String> memberPage = Logins.member(base, Demo.PAT).get("/support/history/" + number);
        assertTrue(textOf(memberPage, "messages").contains(filled));
        assertFalse(textOf(memberPage, "inquiry-answered").isBlank(), "the member reads when the first answer came");
    }

    /** The saved replies (title to id) the composer's search offers for what is typed, as its Ajax request gets them. */
    static java.util.Map<String, String> savedReplies(PortalClient agent, FacesForm work, String typed) {
        HttpResponse<String> found = work.submitWith(agent, java.util.Map.of("jakarta.faces.partial.ajax", "true",
                "jakarta.faces.source", "work:savedReply", "jakarta.faces.partial.execute", "work:savedReply",
                "jakarta.faces.partial.render", "work:savedReply", "work:savedReply_query", typed));
        java.util.Map<String, String> offered = new java.util.LinkedHashMap<>();
        java.util.regex.Matcher item = java.util.regex.Pattern.compile("<li\\b[^>]*data-item-value=[^>]*>").matcher(found.body());
        while (item.find()) {
            java.util.Map<String, String> a = Html.attributes(item.group());
            offered.put(Html.unescape(a.get("data-item-label")), a.get("data-item-value"));
        }
        return offered;
    }

    @Test
    void membersCannotReachTheStaffSide() {
        PortalClient pat = Logins.member(base, Demo.PAT);
        long number = Questions.askAboutPayments(pat, "Staff wall " + UUID.randomUUID().toString().substring(0, 4));
        assertStatus(403, pat.get("/staff/inquiries/" + number));
        assertRedirectTo(new PortalClient(base).get("/staff/inquiries/" + number), "/staff/login");
        assertStatus(404, Logins.staff(base, Demo.AGENT).get("/staff/inquiries/999999999"));
    }

    @Test
    void staffDownloadTheFilesOfInquiriesTheyMayReadAndNoOthers() {
        long number = Questions.askAboutPayments(Logins.member(base, Demo.PAT), "Statement " + UUID.randomUUID().toString().substring(0, 4));
        long attachment = TestAttachments.addPdf(number, "statement.pdf", "%PDF-1.4 for staff".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        String path = "/staff/attachments/" + attachment;
        PortalClient agent = Logins.staff(base, Demo.AGENT);
        assertTrue(agent.get("/staff/inquiries/" + number).body().contains("href=\"" + path + "\""), "the thread links the file");
        HttpResponse<String> download = agent.get(path);
        assertStatus(200, download);
        assertEquals("%PDF-1.4 for staff", download.body());
        assertTrue(download.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment;"));
        assertStatus(404, Logins.staff(base, Demo.TECH).get(path));
        assertStatus(404, agent.get("/staff/attachments/999999999"));
        assertStatus(404, agent.get("/staff/attachments/x"));
        assertStatus(403, Logins.member(base, Demo.PAT).get(path));
    }
}
