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
import io.supportcenter.it.support.PortalClient;
import io.supportcenter.it.support.Questions;
import io.supportcenter.it.support.RunsOnPayara;
import io.supportcenter.it.support.UniqueWords;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * Earlier answers in the agent workspace: the solved inquiries of the inquiry's own team most like it (never another
 * team's, never one still open or reopened), the topics that match it, and a click that puts an earlier reply or a
 * topic's link into the composer as a draft, which sends nothing. Each test's questions share a made-up word no other
 * test writes, so that the suite's other inquiries (one database) never come between.
 */
@RunsOnPayara
class SimilarInquiriesIT {

    private static final Pattern SIMILAR = Pattern.compile("<a href=\"[^\"]*/staff/inquiries/(\\d+)\"[^>]*>#\\1 ");

    @Deployment(testable = false)
    static WebArchive portal() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    @Test
    void anAgentSeesOnlyTheirTeamsSolvedInquiriesLikeTheOneOpenAndUsesAReplyAsADraft() {
        String word = UniqueWords.letters(9);
        PortalClient pat = Logins.member(base, Demo.PAT);
        PortalClient agent = Logins.staff(base, Demo.AGENT);
        PortalClient tech = Logins.staff(base, Demo.TECH);
        List<Long> solved = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            long number = Questions.ask(pat, "Payment Methods", "Wire payout " + word, "My " + word
                    + " wire payout was returned by the bank, which says the account holder name differs. What now?");
            replyAndClose(agent, number, "Solved " + word + " " + i + ": correct the account holder name under Payment Methods.");
            solved.add(number);
        }
        long unanswered = Questions.ask(pat, "Payment Methods", "Wire payout " + word,
                "The " + word + " wire payout came back from the bank because the account holder name differs.");
        long awaiting = Questions.ask(pat, "Payment Methods", "Wire payout " + word,
                "Bank returned my " + word + " wire payout: account holder name differs.");
        assertRedirectTo(FacesForm.open(agent, "/staff/inquiries/" + awaiting, "work")
                .set("work:text", "Waiting " + word + ": which name does the bank have?").submit(agent, "work:reply"), "/staff/inquiries/" + awaiting);
        long otherTeam = Questions.ask(pat, "Deep Linking", "Wire payout " + word,
                "My " + word + " wire payout was returned by the bank, the account holder name differs.");
        replyAndClose(tech, otherTeam, "Technical " + word + ": not ours.");

        long open = Questions.ask(pat, "Payment Methods", "Returned payout " + word,
                "The bank returned my " + word + " wire payout; it says the account holder name differs from mine.");
        String page = "/staff/inquiries/" + open;
        HttpResponse<String> shown = agent.get(page);
        assertEquals(solved.stream().sorted().toList(), similar(shown).stream().sorted().toList(),
                "the three solved inquiries of Client Support, not the unanswered, the awaiting or Technical Services' one");
        assertFalse(similar(shown).contains(unanswered) || similar(shown).contains(awaiting) || similar(shown).contains(otherTeam));
        assertTrue(textOf(shown, "earlier-answers").contains("correct the account holder name"), "the solving reply is shown");

        FacesForm work = FacesForm.of(shown, "work").set("work:text", "Hello Pat,");
        int used = similar(shown).indexOf(solved.get(1));
        HttpResponse<String> inserted = ajax(agent, work, "work:similar:" + used + ":use");
        String composer = composerText(inserted);
        assertTrue(composer.startsWith("Hello Pat,\n\n"), "what was typed stays first: " + composer);
        assertTrue(composer.contains("Solved " + word + " 1: correct the account holder name"), composer);
        assertTrue(inserted.body().contains("is in the composer as a draft"), "the agent is told it is a draft");

        HttpResponse<String> after = agent.get(page);
        assertFalse(textOf(after, "messages").contains("Solved " + word + " 1"), "a draft is no message");
        assertTrue(textOf(after, "inquiry-status").contains("New"), textOf(after, "inquiry-status"));
        assertFalse(pat.get("/support/history/" + open).body().contains("correct the account holder name"), "nor does the member get it");

        assertTrue(Html.hasId(after.body(), "work:topics:0:link"), "topics that match the question are offered");
        assertFalse(Html.hasId(after.body(), "work:topics:2:link"), "two at most");
        FacesForm linking = FacesForm.of(after, "work");
        String linked = composerText(ajax(agent, linking, "work:topics:0:link"));
        assertTrue(linked.matches("(?s).+: https?://[^ ]+/support/topics/[a-z0-9-]+"), "a titled link to the topic: " + linked);

        // The member reopens one: it is no longer a solved example.
        String reopened = "/support/history/" + solved.get(0);
        assertRedirectTo(FacesForm.open(pat, reopened, "thread").set("thread:message", "It came back again.")
                .submit(pat, "thread:reopen"), reopened);
        List<Long> now = similar(agent.get(page));
        assertFalse(now.contains(solved.get(0)), "a reopened inquiry is not offered: " + now);
        assertTrue(now.containsAll(solved.subList(1, 3)), now.toString());
        closeAll(agent, unanswered, awaiting, open, solved.get(0));
    }

    @Test
    void aReplyOfAnInquiryNotOfferedCannotBeCopiedIntoTheComposer() {
        String word = UniqueWords.letters(9);
        PortalClient pat = Logins.member(base, Demo.PAT);
        PortalClient tech = Logins.staff(base, Demo.TECH);
        long otherTeam = Questions.ask(pat, "Deep Linking", "Deep link " + word, "The " + word + " deep link opens the home page.");
        replyAndClose(tech, otherTeam, "Secret " + word + " of Technical Services.");
        PortalClient agent = Logins.staff(base, Demo.AGENT);
        long open = Questions.ask(pat, "Payment Methods", "Deep link " + word, "The " + word + " deep link opens the home page.");
        HttpResponse<String> shown = agent.get("/staff/inquiries/" + open);
        assertTrue(similar(shown).isEmpty(), "no inquiry of another team: " + similar(shown));
        assertTrue(Html.hasId(shown.body(), "similar-none"), "the agent is told there is none yet");
        assertFalse(shown.body().contains("Secret " + word));
        closeAll(agent, open);
    }

    /** Leaves no open question behind for the queues other test classes read (the suite shares one database). */
    static void closeAll(PortalClient staff, long... numbers) {
        for (long number : numbers) {
            String page = "/staff/inquiries/" + number;
            assertRedirectTo(FacesForm.open(staff, page, "work").submit(staff, "work:close"), page);
        }
    }

    private void replyAndClose(PortalClient staff, long number, String reply) {
        String page = "/staff/inquiries/" + number;
        assertRedirectTo(FacesForm.open(staff, page, "work").set("work:text", reply).submit(staff, "work:replyClose"), page);
    }

    /** The numbers of the similar solved inquiries the workspace lists, best first. */
    private static List<Long> similar(HttpResponse<String> page) {
        String section = Html.textOfId(page.body(), "earlier-answers").isPresent() ? section(page.body()) : "";
        List<Long> numbers = new ArrayList<>();
        Matcher link = SIMILAR.matcher(section);
        while (link.find()) {
            numbers.add(Long.parseLong(link.group(1)));
        }
        return numbers;
    }

    private static String section(String html) {
        int start = html.indexOf("id=\"similar-inquiries\"");
        return start < 0 ? "" : html.substring(start, html.indexOf("</ol>", start));
    }

    /** Presses a button of the workspace over Ajax, as the page does, with the composer's text. */
    private static HttpResponse<String> ajax(PortalClient agent, FacesForm work, String button) {
        return work.submitWith(agent, Map.of("jakarta.faces.partial.ajax", "true", "jakarta.faces.source", button,
                "jakarta.faces.partial.execute", button + " work:text", "jakarta.faces.partial.render", "work:text work:feedback",
                button, button));
    }

    /** The composer's text as an Ajax response renders it. */
    private static String composerText(HttpResponse<String> partial) {
        Matcher textarea = Pattern.compile("<textarea[^>]*id=\"work:text\"[^>]*>(.*?)</textarea>", Pattern.DOTALL).matcher(partial.body());
        assertTrue(textarea.find(), () -> "no composer in " + partial.body());
        String text = Html.unescape(textarea.group(1));
        return text.startsWith("\n") ? text.substring(1) : text;
    }
}
