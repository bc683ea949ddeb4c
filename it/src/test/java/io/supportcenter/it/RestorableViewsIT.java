package io.supportcenter.it;

import static io.supportcenter.it.support.PortalAssertions.assertRedirectTo;
import static io.supportcenter.it.support.PortalAssertions.assertStatus;
import static io.supportcenter.it.support.PortalAssertions.textOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.supportcenter.it.support.Deployments;
import io.supportcenter.it.support.FacesForm;
import io.supportcenter.it.support.Logins;
import io.supportcenter.it.support.PortalClient;
import io.supportcenter.it.support.Questions;
import io.supportcenter.it.support.RunsOnPayara;
import io.supportcenter.it.support.TestDatabase;
import io.supportcenter.it.support.TestMembers;
import io.supportcenter.it.support.TestStaff;
import io.supportcenter.it.support.UniqueWords;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * A session keeps the saved views of its last ten pages only. A question, a member's reply or a staff reply
 * written on a page that was left open while eleven other pages were used is still sent with what was typed
 * and the files chosen, and a staff reply still meets a newer message from the member as a conflict. Other
 * forms give the page-expired page then, which each test checks first so that it cannot pass without the
 * view having gone.
 */
@RunsOnPayara
class RestorableViewsIT {

    private static final byte[] CSV = "date,amount\n2026-12-01,12.50\n".getBytes(StandardCharsets.UTF_8);
    private static final Pattern STAGED = Pattern.compile("name=\"staged-files\" value=\"([^\"]*)\"");
    private static final String EXPIRED = "Your page expired";

    @Deployment(testable = false)
    static WebArchive portal() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    /** Eleven more pages with forms than a session keeps the views of: every page opened before has lost its view. */
    private static void useElevenOtherPages(PortalClient client, String path) {
        for (int i = 0; i < 11; i++) {
            assertStatus(200, client.get(path));
        }
    }

    /** Uploads a file as the page's uploader does and keeps the staged ids the answer renders, as the browser's page does. */
    private static void upload(PortalClient client, FacesForm form, String formId, String fileName) {
        HttpResponse<String> answer = form.upload(client, formId + ":files", formId + ":files-message " + formId + ":fileList", fileName, CSV);
        assertStatus(200, answer);
        Matcher staged = STAGED.matcher(answer.body());
        assertTrue(staged.find() && !staged.group(1).isEmpty(), "the uploader's answer names the staged file: " + answer.body());
        form.set("staged-files", staged.group(1));
    }

    private static void assertExpired(HttpResponse<String> answer) {
        assertTrue(answer.statusCode() == 400 || answer.statusCode() == 403, "an old form without a restorable view has expired: "
                + answer.statusCode());
        assertTrue(answer.body().contains(EXPIRED), "with the page-expired page");
    }

    private static long attachments(long number, String fileName) {
        return TestDatabase.current().count("SELECT COUNT(*) FROM inquiry_attachment a JOIN inquiry_message m ON m.id = a.message_id"
                + " WHERE m.inquiry_id = " + number + " AND a.file_name = '" + fileName + "'");
    }

    @Test
    void aQuestionLeftOpenWhileElevenOtherPagesWereUsedIsSentWithItsTextAndFile() {
        String member = TestMembers.newSuperUser("left-open");
        PortalClient client = Logins.member(base, member);
        FacesForm password = FacesForm.open(client, "/account/password", "password");
        HttpResponse<String> page = client.get("/support/ask");
        String subject = "Left open " + UniqueWords.letters(6);
        FacesForm ask = FacesForm.of(page, "ask").set("ask:category_selection", Questions.categoryKey(page, "Payment Methods"))
                .set("ask:subject", subject).set("ask:question", "Can I be paid by bank transfer instead of cheque, please?");
        upload(client, ask, "ask", "left-open.csv");

        useElevenOtherPages(client, "/support/ask");
        assertExpired(password.submit(client, "password:submit"));
        HttpResponse<String> suggested = ask.submit(client, "ask:continue");
        assertStatus(200, suggested);
        assertTrue(suggested.body().contains("id=\"suggestions\""), "Continue shows the suggestions as usual");
        assertTrue(suggested.body().contains(subject) && suggested.body().contains("left-open.csv"), "with the typed subject and the file");

        // The suggestions' page is left open too: Finish still sends the question, once.
        FacesForm finish = FacesForm.of(suggested, "ask");
        useElevenOtherPages(client, "/support/ask");
        HttpResponse<String> finished = finish.submit(client, "ask:finish");
        Matcher address = Pattern.compile("/support/history/(\\d+)$").matcher(PortalClient.redirectTarget(finished).getPath());
        assertTrue(address.find(), "Finish leads to the new inquiry: " + finished.statusCode() + " " + finished.body());
        long number = Long.parseLong(address.group(1));
        assertTrue(textOf(client.get("/support/history/" + number), "page-title").contains(subject));
        assertEquals(1, attachments(number, "left-open.csv"), "the file went with the question");
        assertEquals(1, TestDatabase.current().count("SELECT COUNT(*) FROM inquiry i"
                + " WHERE i.asked_by_id = " + TestMembers.userId(member) + " AND i.subject = '" + subject + "'"));
        assertStatus(302, finish.submit(client, "ask:finish"));
        assertEquals(1, TestDatabase.current().count("SELECT COUNT(*) FROM inquiry i"
                + " WHERE i.asked_by_id = " + TestMembers.userId(member) + " AND i.subject = '" + subject + "'"), "a second Finish from the same page makes no second inquiry");
    }

    @Test
    void aMembersReplyLeftOpenIsSentWithItsFileButNeverToAnotherAccountsInquiry() {
        String member = TestMembers.newSuperUser("reply-left-open");
        PortalClient client = Logins.member(base, member);
        long number = Questions.askAboutPayments(client, "Reply left open " + UniqueWords.letters(5));
        long others = Questions.askAboutPayments(Logins.member(base, TestMembers.newSuperUser("other-account")), "Not yours");
        String path = "/support/history/" + number;
        FacesForm password = FacesForm.open(client, "/account/password", "password");
        String typed = "Here is the statement you asked for " + UniqueWords.letters(6);
        FacesForm reply = FacesForm.open(client, path, "thread").set("thread:message", typed);
        upload(client, reply, "thread", "reply-left-open.csv");
        FacesForm tampered = FacesForm.open(client, path, "thread").set("thread:message", "Not for you").set("inquiry-number",
                Long.toString(others));

        useElevenOtherPages(client, path);
        assertExpired(password.submit(client, "password:submit"));
        assertStatus(404, tampered.submit(client, "thread:reply"));
        assertEquals(0, TestDatabase.current().count("SELECT COUNT(*) FROM inquiry_message WHERE inquiry_id = " + others
                + " AND body LIKE '%Not for you%'"), "another account's inquiry is not reached through a rebuilt form");

        assertRedirectTo(reply.submit(client, "thread:reply"), path);
        assertTrue(textOf(client.get(path), "messages").contains(typed), "the reply is sent as typed");
        assertEquals(1, attachments(number, "reply-left-open.csv"), "with its file");
    }

    @Test
    void aStaffReplyLeftOpenMeetsTheMembersNewerMessageAsAConflictThenGoesWithItsFile() {
        String member = TestMembers.newSuperUser("staff-left-open");
        PortalClient client = Logins.member(base, member);
        long number = Questions.askAboutPayments(client, "Staff left open " + UniqueWords.letters(5));
        String staffPage = "/staff/inquiries/" + number;
        // A supervisor of the inquiry's team of their own, whose session no other test uses.
        PortalClient agent = Logins.staff(base, TestStaff.create("left-open", "SUPERVISOR"));
        FacesForm saved = FacesForm.open(agent, "/staff/saved-replies", "reply");
        String typed = "We paid it on Friday " + UniqueWords.letters(6);
        FacesForm work = FacesForm.open(agent, staffPage, "work").set("work:text", typed);
        upload(agent, work, "work", "staff-left-open.csv");

        String meanwhile = "Also, the amount looks wrong " + UniqueWords.letters(6);
        assertRedirectTo(FacesForm.open(client, "/support/history/" + number, "thread").set("thread:message", meanwhile)
                .submit(client, "thread:reply"), "/support/history/" + number);
        useElevenOtherPages(agent, staffPage);
        assertExpired(saved.submit(agent, "reply:save"));

        HttpResponse<String> refused = work.submit(agent, "work:reply");
        assertStatus(200, refused);
        assertTrue(refused.body().contains("Someone wrote on this inquiry while you were writing"), "the agent is told why");
        assertTrue(textOf(refused, "messages").contains(meanwhile), "and sees what the member wrote");
        assertTrue(refused.body().contains(typed) && refused.body().contains("staff-left-open.csv"), "the text and the file stay");

        assertRedirectTo(FacesForm.of(refused, "work").submit(agent, "work:reply"), staffPage);
        assertTrue(textOf(client.get("/support/history/" + number), "messages").contains(typed), "sent once the agent has read it");
        assertEquals(1, attachments(number, "staff-left-open.csv"), "with its file");
    }
}
