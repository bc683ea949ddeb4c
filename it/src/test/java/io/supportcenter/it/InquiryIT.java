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
import io.supportcenter.it.support.Mailbox;
import io.supportcenter.it.support.PortalClient;
import io.supportcenter.it.support.PortalClock;
import io.supportcenter.it.support.Questions;
import io.supportcenter.it.support.RunsOnPayara;
import io.supportcenter.it.support.TestAttachments;
import io.supportcenter.it.support.TestDatabase;
import io.supportcenter.it.support.TestMembers;
import io.supportcenter.it.support.UniqueWords;
import java.net.URL;
import java.net.http.HttpResponse;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
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
 * Ask a Question and Support History over HTTP, as a browser without JavaScript posts them: the
 * category rule, Continue, Finish once whatever the clicks, deflection, what the account's users
 * see, the wall between accounts, reply, close and reopen.
 */
@RunsOnPayara
class InquiryIT {

    private static final Pattern INQUIRY_ADDRESS = Pattern.compile("/support/history/(\\d+)$");

    @Deployment(testable = false)
    static WebArchive portal() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    private static Mailbox mailbox;

    @BeforeAll
    static void startMailbox() {
        mailbox = Mailbox.start();
    }

    @AfterAll
    static void stopMailbox() {
        mailbox.close();
    }

    /** Waits for a mail to {@code recipient} whose subject contains {@code text} (earlier mails may arrive too). */
    private static void awaitMail(String recipient, String text) {
        mailbox.awaitSubject(recipient, text, Duration.ofSeconds(30));
    }

    /** The tree's key of a category, read from the page as the browser's tree widget would send it. */
    private static FacesForm question(PortalClient member, String category, String subject, String question) {
        HttpResponse<String> page = member.get("/support/ask");
        assertStatus(200, page);
        return FacesForm.of(page, "ask")
                .set("ask:category_selection", Questions.categoryKey(page, category))
                .set("ask:subject", subject)
                .set("ask:question", question);
    }

    private static long number(HttpResponse<String> finished) {
        assertTrue(PortalClient.isRedirect(finished), () -> "not submitted: " + describe(finished));
        Matcher m = INQUIRY_ADDRESS.matcher(PortalClient.redirectTarget(finished).getPath());
        assertTrue(m.find(), PortalClient.redirectTarget(finished).toString());
        return Long.parseLong(m.group(1));
    }

    @Test
    void aQuestionIsSentOnceWhateverTheClicksAndTheWholeAccountSeesIt() throws InterruptedException {
        PortalClient pat = Logins.member(base, Demo.PAT);
        String subject = "Missing payment " + UUID.randomUUID().toString().substring(0, 4);
        HttpResponse<String> suggested = question(pat, "Payment Schedule", subject,
                "My May payment has not arrived. When are payments made?").submit(pat, "ask:continue");
        assertStatus(200, suggested);
        assertTrue(textOf(suggested, "suggestions").contains("paid"), "Continue suggests topics: " + textOf(suggested, "suggestions"));
        java.util.List<String> answeredNames = new java.util.ArrayList<>();
        java.util.regex.Matcher answered = java.util.regex.Pattern.compile("<button\\b[^>]*id=\"ask:topics:\\d+:answered\"[^>]*>")
                .matcher(suggested.body());
        while (answered.find()) {
            answeredNames.add(Html.attributes(answered.group()).get("aria-label"));
        }
        assertTrue(answeredNames.size() > 1 && answeredNames.stream().distinct().count() == answeredNames.size()
                && answeredNames.stream().allMatch(name -> name.startsWith("This answered my question: ")),
                "each suggestion's button names its topic: " + answeredNames);

        FacesForm finishing = FacesForm.of(suggested, "ask");
        long number = number(finishing.submit(pat, "ask:finish"));
        assertEquals(number, number(finishing.submit(pat, "ask:finish")), "a second click answers with the same inquiry");
        assertEquals(1, TestDatabase.current().count("SELECT COUNT(*) FROM inquiry WHERE subject = '" + subject + "'"));

        HttpResponse<String> page = pat.get("/support/history/" + number);
        assertStatus(200, page);
        assertTrue(textOf(page, "inquiry-team").contains("Client Support"), "routed to the category's team");
        assertTrue(textOf(page, "next-step").startsWith("Waiting for our Client Support team. We usually answer within 2–4 working days;"
                + " at the latest by"), textOf(page, "next-step"));
        awaitMail(Demo.PAT, "#" + number);

        PortalClient sam = Logins.member(base, Demo.SAM);
        assertTrue(textOf(sam.get("/support/history"), "history").contains(subject), "every user of the account sees it");
        assertStatus(200, sam.get("/support/history/" + number));
        PortalClient alex = Logins.member(base, Demo.ALEX);
        assertStatus(404, alex.get("/support/history/" + number));
        assertFalse(textOf(alex.get("/support/history"), "history").contains(subject), "another account never sees it");
    }

    @Test
    void aReplySentTwiceAtOnceAndThenAgainMakesOneMessage() throws Exception {
        String member = TestMembers.newSuperUser("double-send");
        PortalClient client = Logins.member(base, member);
        long number = Questions.askAboutPayments(client, "Double send " + UUID.randomUUID().toString().substring(0, 6));
        String path = "/support/history/" + number;
        String typed = "Sent from one form only " + UUID.randomUUID();
        FacesForm form = FacesForm.open(client, path, "thread").set("thread:message", typed);

        // Two clicks in flight at once (two threads, the same form and session), then the same form resent.
        java.util.concurrent.ExecutorService senders = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<HttpResponse<String>>> sends = senders.invokeAll(List.of(
                    () -> form.submit(client, "thread:reply"), () -> form.submit(client, "thread:reply")));
            for (java.util.concurrent.Future<HttpResponse<String>> send : sends) {
                assertRedirectTo(send.get(), path);
            }
        } finally {
            senders.shutdown();
        }
        assertRedirectTo(form.submit(client, "thread:reply"), path);

        assertEquals(1, TestDatabase.current().count("SELECT COUNT(*) FROM inquiry_message WHERE inquiry_id = " + number
                + " AND body = '" + typed + "'"), "one message, however often the form was sent");
        assertEquals(1, textOf(client.get(path), "messages").split(java.util.regex.Pattern.quote(typed), -1).length - 1);
    }

    @Test
    void supportHistoryPagesAndFiltersThroughItsAddressAndKeepsNoView() {
        String member = TestMembers.newSuperUser("historian");
        PortalClient client = Logins.member(base, member, Demo.PASSWORD);
        List<Long> asked = new ArrayList<>();
        for (int i = 1; i <= 21; i++) {
            asked.add(Questions.askAboutPayments(client, "History question " + i));
        }
        try {
            assertHistoryPages(client, asked);
        } finally {
            // Twenty-one questions left open would push other classes' questions off the first page of Client Support's queue.
            TestDatabase.current().execute("UPDATE inquiry SET status = 'CLOSED', closed_at = CURRENT_TIMESTAMP, close_reason = 'BY_MEMBER',"
                    + " version = version + 1 WHERE id IN (" + asked.stream().map(String::valueOf).collect(Collectors.joining(", ")) + ")");
        }
    }

    private static void assertHistoryPages(PortalClient client, List<Long> asked) {

        HttpResponse<String> first = client.get("/support/history");
        assertStatus(200, first);
        assertFalse(first.body().contains("jakarta.faces.ViewState"), "the list keeps no saved view");
        assertTrue(textOf(first, "page-position").contains("Page 1 of 2 (21 questions)"), describe(first));
        assertTrue(textOf(first, "history").contains("History question 21"), "the most recent first");
        assertFalse(first.body().contains("/support/history/" + asked.get(0) + "\""), "the oldest is on the next page");
        assertFalse(Html.hasId(first.body(), "previous-page"));
        String next = Html.attributesOfId(first.body(), "next-page").orElseThrow().get("href");
        assertEquals("/support/history?page=2", next);

        HttpResponse<String> second = client.get(next);
        assertTrue(textOf(second, "page-position").contains("Page 2 of 2"), describe(second));
        assertTrue(second.body().contains("/support/history/" + asked.get(0) + "\""), "the oldest on the last page");
        assertFalse(Html.hasId(second.body(), "next-page"));
        assertEquals("/support/history?page=1", Html.attributesOfId(second.body(), "previous-page").orElseThrow().get("href"));

        // A page that is gone shows the last there is; the filter stays in the page addresses.
        assertTrue(textOf(client.get("/support/history?page=99"), "page-position").contains("Page 2 of 2"));
        HttpResponse<String> closed = client.get("/support/history?status=CLOSED");
        assertFalse(Html.hasId(closed.body(), "page-position"), "an empty list has no pages to move between: " + describe(closed));
        assertTrue(textOf(closed, "history").contains("no questions with this status"));
        HttpResponse<String> open = client.get("/support/history?status=NEW&page=2");
        assertTrue(textOf(open, "page-position").contains("Page 2 of 2 (21 questions)"), describe(open));
        assertEquals("/support/history?status=NEW&page=1",
                Html.attributesOfId(open.body(), "previous-page").orElseThrow().get("href").replace("&amp;", "&"));
    }

    @Test
    void thePromiseSaysTheUsualWorkingDaysAndTheLatestTimeInTheSameWordsEverywhere() {
        // A Saturday: the business hours start on Monday, 72 of them (eleven a day) end on the next Tuesday at noon.
        Instant saturday = Instant.parse("2026-11-28T18:00:00Z");
        String usual = "We usually answer within 2–4 working days";
        String member = TestMembers.newSuperUser("promise");
        PortalClient client = Logins.member(base, member);
        HttpResponse<String> ask = client.get("/support/ask");
        String lead = textOf(ask, "ask-lead");
        assertTrue(lead.contains(usual + "; the exact latest time is shown when you send your question."), lead);
        assertFalse(lead.contains("hours"), "hours are not what members count: " + lead);

        PortalClock.pin(base, saturday);
        long number;
        HttpResponse<String> confirmation;
        try {
            HttpResponse<String> finished = FacesForm.of(question(client, "Payment Schedule", "Saturday question",
                    "Asked on a Saturday: when will I have an answer?").submit(client, "ask:continue"), "ask").submit(client, "ask:finish");
            number = number(finished);
            confirmation = client.follow(finished);
        } finally {
            PortalClock.release(base);
        }
        String promise = usual + "; at the latest by Tue, Dec 8, 2026, 12:00 PM PST.";
        assertTrue(textOf(confirmation, "page-messages").contains("to our Client Support team. " + promise),
                textOf(confirmation, "page-messages"));
        HttpResponse<String> waiting = client.get("/support/history/" + number);
        assertEquals("Waiting for our Client Support team. " + promise, textOf(waiting, "next-step"));
        assertFalse(Html.hasId(waiting.body(), "inquiry-due") || Html.hasId(waiting.body(), "inquiry-answered"),
                "no second line repeats the promise's time, and nothing is answered yet");
        MimeMessage mail = mailbox.awaitSubject(member, "#" + number, Duration.ofSeconds(30));
        // The mail's date in the member's language as Java writes it (a narrow no-break space before PM in newer JDKs).
        String text = Mailbox.text(mail).replace('\u202f', ' ');
        assertTrue(text.contains(usual + "; at the latest by Tuesday, December 8, 2026, 12:00 PM PST."), text);
        String html = Html.text(Mailbox.html(mail)).replace('\u202f', ' ');
        assertTrue(html.contains(usual + "; at the latest by Tuesday, December 8, 2026, 12:00 PM PST"), html);
    }

    @Test
    void theUsualWaitFollowsTheTeamsOwnFirstResponsesAndFallsBackWhenThereAreTooFew() {
        // Long before every other test's answers (they come at the real time), so that the 30 days before it hold only
        // this test's; every inquiry it makes ends closed, out of the queues other tests read. A Monday, 09:00 Pacific.
        Instant monday = Instant.parse("2025-06-02T16:00:00Z");
        String email = TestMembers.newSuperUser("answer-times");
        PortalClient member = Logins.member(base, email);
        PortalClient agent = Logins.staff(base, Demo.AGENT);
        PortalClock.pin(base, monday);
        try {
            String fallback = "We usually answer within 2–4 working days";
            assertTrue(textOf(suggesting(member, "Payment Schedule", "Answer times one"), "ask-lead").contains(fallback),
                    "no answers of Client Support in the 30 days: the configured range");
            for (int i = 0; i < 19; i++) {
                askAndAnswerInThreeHours(member, agent, monday, "Answer times " + UniqueWords.letters(6));
            }
            // Looked at after the answers (the last 30 days end now), and again after one more: this node forgets the
            // figures it keeps when one of its replies answers the team's inquiry.
            Instant afterwards = monday.plus(Duration.ofHours(4));
            PortalClock.pin(base, afterwards);
            assertTrue(textOf(suggesting(member, "Payment Schedule", "Answer times two"), "ask-lead").contains(fallback),
                    "19 answers are too few");
            askAndAnswerInThreeHours(member, agent, monday, "Answer times " + UniqueWords.letters(6));
            PortalClock.pin(base, afterwards);
            String measured = "We usually answer within 3 business hours";
            HttpResponse<String> ask = suggesting(member, "Payment Schedule", "Answer times three");
            assertTrue(textOf(ask, "ask-lead").contains(measured + "; the exact latest time is shown when you send your question."),
                    textOf(ask, "ask-lead"));
            assertTrue(textOf(suggesting(member, "Commission Reports", "Answer times four"), "ask-lead").contains(fallback),
                    "Technical Services has no answers of its own: the configured range");

            HttpResponse<String> finished = FacesForm.of(ask, "ask").submit(member, "ask:finish");
            long number = number(finished);
            String promise = measured + "; at the latest by ";
            assertTrue(textOf(member.follow(finished), "page-messages").contains("to our Client Support team. " + promise), "the confirmation");
            assertTrue(textOf(member.get("/support/history/" + number), "next-step").startsWith("Waiting for our Client Support team. " + promise),
                    "the inquiry page");
            String mail = Mailbox.text(mailbox.awaitSubject(email, "#" + number, Duration.ofSeconds(30)));
            assertTrue(mail.contains(promise), "the confirmation email: " + mail);
            answerAndClose(agent, number);
        } finally {
            PortalClock.release(base);
        }
    }

    private static HttpResponse<String> suggesting(PortalClient member, String category, String subject) {
        HttpResponse<String> page = question(member, category, subject, "How long does an answer take these days?").submit(member, "ask:continue");
        assertStatus(200, page);
        return page;
    }

    /** A question sent at {@code at}, answered and closed three business hours later by the clock (left at {@code at}). */
    private void askAndAnswerInThreeHours(PortalClient member, PortalClient agent, Instant at, String subject) {
        PortalClock.pin(base, at);
        long number = Questions.askAboutPayments(member, subject);
        PortalClock.pin(base, at.plus(Duration.ofHours(3)));
        answerAndClose(agent, number);
        PortalClock.pin(base, at);
    }

    private static void answerAndClose(PortalClient agent, long number) {
        assertRedirectTo(FacesForm.open(agent, "/staff/inquiries/" + number, "work").set("work:text", "Answered, see your statement.")
                .submit(agent, "work:replyClose"), "/staff/inquiries/" + number);
    }

    @Test
    void historyLinksEachRowBySubjectAndAnEmptyListSaysSoWithoutPages() {
        PortalClient client = Logins.member(base, TestMembers.newSuperUser("newcomer"));
        HttpResponse<String> empty = client.get("/support/history");
        assertStatus(200, empty);
        assertTrue(textOf(empty, "history").contains("No questions yet"), textOf(empty, "history"));
        assertFalse(Html.hasId(empty.body(), "page-position"), "no pages to move between");
        assertFalse(empty.body().contains("class=\"pager\""), "no pager at all");
        assertFalse(empty.body().contains("ui-paginator"), "no paginator");
        assertTrue(textOf(client.get("/support/history?status=NEW"), "history").contains("no questions with this status"));

        String subject = "Linked subject " + UUID.randomUUID().toString().substring(0, 4);
        long number = Questions.askAboutPayments(client, subject);
        HttpResponse<String> listed = client.get("/support/history");
        List<String> links = new ArrayList<>();
        Matcher link = Pattern.compile("<a\\b[^>]*href=\"([^\"]*)\"[^>]*>(.*?)</a>").matcher(textBetween(listed.body(), "id=\"inquiries\"", "</table>"));
        while (link.find()) {
            links.add(link.group(1) + " " + Html.text(link.group(2)));
        }
        assertEquals(List.of("/support/history/" + number + " " + subject), links, "one link per row, and it is the subject");
    }

    @Test
    void onlyTheMemberWhoClosedItReadsYouClosedItTheOthersReadWho() {
        PortalClient pat = Logins.member(base, Demo.PAT);
        String subject = "Closed by whom " + UUID.randomUUID().toString().substring(0, 4);
        long number = Questions.askAboutPayments(pat, subject);
        String page = "/support/history/" + number;
        assertRedirectTo(FacesForm.open(pat, page, "thread").submit(pat, "thread:close"), page);

        assertTrue(textOf(pat.get(page), "next-step").startsWith("You closed it on "), textOf(pat.get(page), "next-step"));
        assertEquals("You closed it", closedNote(pat.get("/support/history?status=CLOSED"), number));
        PortalClient sam = Logins.member(base, Demo.SAM);
        String samReads = textOf(sam.get(page), "next-step");
        assertTrue(samReads.startsWith("Closed by " + Demo.PAT_NAME + " on ") && !samReads.contains("You closed"), samReads);
        assertEquals("Closed by " + Demo.PAT_NAME, closedNote(sam.get("/support/history?status=CLOSED"), number));
    }

    /** The note under a closed row's status in Support History (the row found by its link). */
    private static String closedNote(HttpResponse<String> history, long number) {
        String body = history.body();
        int row = body.indexOf("href=\"/support/history/" + number + "\"");
        assertTrue(row > 0, "row of " + number + " on " + describe(history));
        Matcher note = Pattern.compile("<span class=\"closed-by[^\"]*\">([^<]*)</span>").matcher(body.substring(row, body.indexOf("</tr>", row)));
        assertTrue(note.find(), "a closed row says who closed it");
        return Html.unescape(note.group(1)).strip();
    }

    private static String textBetween(String body, String from, String to) {
        int start = body.indexOf(from);
        assertTrue(start >= 0, from);
        return body.substring(start, body.indexOf(to, start));
    }

    @Test
    void refusalsAreNamedNextToTheFieldAndKeepWhatWasTyped() {
        PortalClient pat = Logins.member(base, Demo.PAT);
        String typed = "A long description that must survive every refusal " + UUID.randomUUID();
        HttpResponse<String> sixWords = question(pat, "Payment Schedule", "one two three four five six", typed)
                .submit(pat, "ask:continue");
        assertStatus(200, sixWords);
        assertTrue(sixWords.body().contains("The subject has 6 words; please use at most 5."), describe(sixWords));
        assertTrue(sixWords.body().contains(typed), "the question is still there");

        HttpResponse<String> parent = question(pat, "Payments", "Payment missing", typed).submit(pat, "ask:continue");
        assertTrue(parent.body().contains("Please open \"Payments\" with the arrow and choose one of its sub-categories.")
                || parent.body().contains("Please open &quot;Payments&quot; with the arrow"), describe(parent));

        HttpResponse<String> empty = question(pat, "Payment Schedule", "Payment missing", "").submit(pat, "ask:continue");
        assertTrue(empty.body().contains("Please describe your question."), describe(empty));
    }

    @Test
    void aSuggestedTopicThatAnswersTheQuestionEndsWithoutSendingIt() {
        PortalClient lee = Logins.member(base, Demo.LEE);
        String subject = "Reset password " + UUID.randomUUID().toString().substring(0, 4);
        long before = TestDatabase.current().count("SELECT COUNT(*) FROM inquiry_deflection");
        HttpResponse<String> suggested = question(lee, "Login & Password", subject,
                "I forgot my password and cannot log in any more.").submit(lee, "ask:continue");
        assertTrue(textOf(suggested, "suggestions").contains("password"), textOf(suggested, "suggestions"));
        HttpResponse<String> answered = FacesForm.of(suggested, "ask").submit(lee, "ask:topics:0:answered");
        assertRedirectTo(answered, "/support/home");
        assertEquals(before + 1, TestDatabase.current().count("SELECT COUNT(*) FROM inquiry_deflection"));
        assertEquals(0, TestDatabase.current().count("SELECT COUNT(*) FROM inquiry WHERE subject = '" + subject + "'"));
    }

    @Test
    void theMemberRepliesClosesAndReopens() {
        PortalClient pat = Logins.member(base, Demo.PAT);
        HttpResponse<String> suggested = question(pat, "Commission Reports", "Report totals",
                "The totals in my commission report look wrong.").submit(pat, "ask:continue");
        long number = number(FacesForm.of(suggested, "ask").submit(pat, "ask:finish"));
        String page = "/support/history/" + number;

        assertRedirectTo(FacesForm.open(pat, page, "thread").set("thread:message", "Here is one more detail.")
                .submit(pat, "thread:reply"), page);
        assertTrue(textOf(pat.get(page), "messages").contains("Here is one more detail."));
        assertRedirectTo(FacesForm.open(pat, page, "thread").submit(pat, "thread:close"), page);
        assertTrue(textOf(pat.get(page), "inquiry-status").contains("Closed"));

        HttpResponse<String> empty = FacesForm.open(pat, page, "thread").submit(pat, "thread:reopen");
        assertTrue(empty.body().contains("Please write a message."), "a reopen needs a message");
        assertRedirectTo(FacesForm.open(pat, page, "thread").set("thread:message", "It is still wrong.")
                .submit(pat, "thread:reopen"), page);
        HttpResponse<String> reopened = pat.get(page);
        assertTrue(textOf(reopened, "inquiry-status").contains("In progress"), textOf(reopened, "inquiry-status"));
        assertTrue(textOf(reopened, "messages").contains("reopened the question"));
    }

    @Test
    void anInquirysAddressTakesItsNumberAndNothingAfterIt() {
        String member = TestMembers.newSuperUser("inquiry-address");
        PortalClient client = Logins.member(base, member);
        long number = Questions.askAboutPayments(client, "Address " + UUID.randomUUID().toString().substring(0, 6));
        assertStatus(200, client.get("/support/history/" + number));
        for (String path : new String[] {"/support/history/" + number + "/more", "/support/history/" + number + "/",
                "/support/history/" + number + "x", "/support/history/1" + "0".repeat(18)}) {
            assertStatus(404, client.get(path));
        }
    }

    @Test
    void anotherAccountsInquiryAndAttachmentAnswerNotFoundWhateverTheNumber() {
        // Pat's, asked here: the suite's first inquiry may be any account's (ClusterIT asks as Alex).
        long pats = Questions.askAboutPayments(Logins.member(base, Demo.PAT), "Wall " + UUID.randomUUID().toString().substring(0, 4));
        PortalClient alex = Logins.member(base, Demo.ALEX);
        for (String path : new String[] {"/support/history/" + pats, "/support/history/999999999", "/support/history/abc",
                "/support/attachments/50", "/support/attachments/999999", "/support/attachments/x"}) {
            assertStatus(404, alex.get(path));
        }
        SimilarInquiriesIT.closeAll(Logins.staff(base, Demo.AGENT), pats);
    }

    @Test
    void whatWasTypedSurvivesTheEndOfTheSessionUntilItIsSent() {
        PortalClient first = Logins.member(base, Demo.LEE);
        String subject = "Feed upload " + UUID.randomUUID().toString().substring(0, 4);
        String typed = "My product feed upload stops halfway; what limits apply? " + UUID.randomUUID();
        assertStatus(200, question(first, "Product Feeds", subject, typed).submit(first, "ask:continue"));

        // The session ends (expired, or another browser): the next visit brings the text back.
        PortalClient later = Logins.member(base, Demo.LEE);
        HttpResponse<String> restored = later.get("/support/ask");
        assertTrue(restored.body().contains(typed) && restored.body().contains(subject), "the draft comes back");
        assertTrue(textOf(restored, "page-messages").contains("Here is what you wrote last time"));

        HttpResponse<String> suggested = FacesForm.of(restored, "ask").set("ask:category_selection", Questions.categoryKey(restored, "Product Feeds"))
                .submit(later, "ask:continue");
        number(FacesForm.of(suggested, "ask").submit(later, "ask:finish"));
        assertFalse(later.get("/support/ask").body().contains(typed), "a sent question is no longer a draft");
    }

    @Test
    void anAttachmentIsADownloadForTheAccountAndNotFoundForAnyoneElse() throws Exception {
        PortalClient pat = Logins.member(base, Demo.PAT);
        HttpResponse<String> suggested = question(pat, "Payment Methods", "Statement attached",
                "Please check the attached statement.").submit(pat, "ask:continue");
        long number = number(FacesForm.of(suggested, "ask").submit(pat, "ask:finish"));
        byte[] pdf = "%PDF-1.4 May 2026".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        long attachment = TestAttachments.addPdf(number, "statement \"May\".pdf", pdf);

        String path = "/support/attachments/" + attachment;
        HttpResponse<String> download = pat.get(path);
        assertStatus(200, download);
        assertEquals("%PDF-1.4 May 2026", download.body());
        String disposition = download.headers().firstValue("Content-Disposition").orElse("");
        assertTrue(disposition.startsWith("attachment;") && !disposition.contains("\"May\""), "never inline, name made safe: " + disposition);
        assertEquals("nosniff", download.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertTrue(download.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf"));
        assertTrue(textOf(pat.get("/support/history/" + number), "messages").contains("statement \"May\".pdf"));

        assertStatus(200, Logins.member(base, Demo.SAM).get(path));
        assertStatus(404, Logins.member(base, Demo.ALEX).get(path));
        assertRedirectTo(new PortalClient(base).get(path), "/login");
    }

    @Test
    void aReplyOrReopenPostedToAnotherAccountsInquiryIsNotFound() {
        PortalClient pat = Logins.member(base, Demo.PAT);
        long patsNumber = number(FacesForm.of(question(pat, "Payment Methods", "Cheque payments",
                "Do you still pay by cheque?").submit(pat, "ask:continue"), "ask").submit(pat, "ask:finish"));
        PortalClient alex = Logins.member(base, Demo.ALEX);
        long alexsNumber = number(FacesForm.of(question(alex, "Payment Methods", "Invoice copy",
                "Can I get a copy of my last invoice?").submit(alex, "ask:continue"), "ask").submit(alex, "ask:finish"));

        // Alex's own page, its view state posted to Pat's inquiry address.
        FacesForm own = FacesForm.open(alex, "/support/history/" + alexsNumber, "thread").set("thread:message", "Let me in");
        assertStatus(404, own.submitTo(alex, alex.uri("/support/history/" + patsNumber), "thread:reply"));
        assertStatus(404, own.submitTo(alex, alex.uri("/support/history/" + patsNumber), "thread:close"));
        assertFalse(textOf(pat.get("/support/history/" + patsNumber), "messages").contains("Let me in"));
        assertTrue(textOf(pat.get("/support/history/" + patsNumber), "inquiry-status").contains("Received"), "still open");
    }
}
