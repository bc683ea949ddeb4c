package io.supportcenter.it;

import static io.supportcenter.it.support.PortalAssertions.assertRedirectTo;
import static io.supportcenter.it.support.PortalAssertions.assertStatus;
import static io.supportcenter.it.support.PortalAssertions.textOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.supportcenter.it.support.Demo;
import io.supportcenter.it.support.Deployments;
import io.supportcenter.it.support.FacesForm;
import io.supportcenter.it.support.Html;
import io.supportcenter.it.support.Logins;
import io.supportcenter.it.support.PortalClient;
import io.supportcenter.it.support.Questions;
import io.supportcenter.it.support.RunsOnPayara;
import io.supportcenter.it.support.TestTopics;
import io.supportcenter.it.support.UniqueWords;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * Repeated questions for editors ({@code /staff/kb/repeated}): five near-identical questions, answered alike and
 * closed, are found as one question asked five times when an editor asks for the report; "Draft a topic" opens the
 * topic editor filled with its title, the answer and its category; the content-gap report lists it beside the
 * searches without results. The questions share a made-up word, so that no other test's inquiries join them.
 */
@RunsOnPayara
class RepeatedQuestionsIT {

    @Deployment(testable = false)
    static WebArchive portal() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    @Test
    void fiveNearlyIdenticalQuestionsAreOneRepeatedQuestionWhoseTopicDraftOpensFilledIn() {
        String word = UniqueWords.letters(9);
        PortalClient pat = Logins.member(base, Demo.PAT);
        PortalClient agent = Logins.staff(base, Demo.AGENT);
        String answer = "The " + word + " statement is under Reports, Statements; pick the quarter and download it.";
        String[] wordings = {"Where do I find the " + word + " statement for last quarter?",
            "Where can I find the " + word + " statement for last quarter?",
            "Where do I find my " + word + " statement for last quarter?", "Where do I find the " + word + " statement of last quarter?",
            "Where do I find the " + word + " statement for the last quarter, please?"};
        for (String question : wordings) {
            long number = Questions.ask(pat, "Payment Schedule", "Quarterly " + word + " statement", question);
            String page = "/staff/inquiries/" + number;
            assertRedirectTo(FacesForm.open(agent, page, "work").set("work:text", answer).submit(agent, "work:replyClose"), page);
        }

        PortalClient editor = Logins.staff(base, Demo.EDITOR);
        assertRedirectTo(FacesForm.open(editor, "/staff/kb/repeated", "repeated").submit(editor, "repeated:find"), "/staff/kb/repeated");
        HttpResponse<String> report = editor.get("/staff/kb/repeated");
        Matcher question = Pattern.compile("<li class=\"card repeated-question\" id=\"repeated-(\\d+)\">\\s*<h2 class=\"repeated-title\">Quarterly "
                + word + " statement</h2>").matcher(report.body());
        assertTrue(question.find(), () -> "the five questions are one repeated question: " + textOf(report, "repeated-questions"));
        String id = question.group(1);
        String card = textOf(report, "repeated-" + id);
        assertTrue(card.contains("asked 5 times"), card);
        assertTrue(card.contains("Payment Schedule"), card);
        assertTrue(card.contains(answer), "the answer staff sent: " + card);
        assertTrue(Html.hasId(report.body(), "draft-" + id), "no topic covers it: it can be drafted");

        HttpResponse<String> draft = editor.get(Html.attributesOfId(report.body(), "draft-" + id).orElseThrow().get("href")
                .replace(base.getPath().replaceAll("/$", ""), ""));
        FacesForm topic = FacesForm.of(draft, "topic");
        assertEquals("Quarterly " + word + " statement", topic.value("topic:title"));
        assertEquals(answer, topic.value("topic:body"));
        assertEquals(String.valueOf(TestTopics.categoryId("payment-schedule")), topic.value("topic:category_input"));
        assertTrue(textOf(draft, "drafted-from").contains("asked 5 times"), textOf(draft, "drafted-from"));

        HttpResponse<String> gaps = editor.get("/staff/kb/gaps");
        assertTrue(gaps.body().contains("/staff/kb/topic?from-question=" + id + "\">Quarterly " + word + " statement</a>"),
                "the content-gap report lists it beside the searches without results");

        assertStatus(403, agent.get("/staff/kb/repeated"));
    }
}
